using AfterSales.Application.Security;
using FluentValidation;

namespace AfterSales.Application.Users;

/// <summary>The input rules of a user's name and roles, shared by every command that sets them.</summary>
public static class UserRules
{
    /// <summary>
    /// The characters a user name may have: letters, digits and <c>- . _ @ +</c>, so it can be typed on any keyboard and
    /// sent in a token's <c>sub</c> as it is. The sign-in provider is configured with the same set.
    /// </summary>
    public const string UserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";

    public const int MaxUserNameLength = 100;

    public static IRuleBuilderOptions<T, string> ValidUserName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .MaximumLength(MaxUserNameLength)
            .Must(name => name is null || name.All(UserNameCharacters.Contains))
            .WithMessage("Letters, digits and - . _ @ + only.");

    public static IRuleBuilderOptions<T, IReadOnlyList<string>> ValidRoles<T>(this IRuleBuilder<T, IReadOnlyList<string>> rule) =>
        rule.NotEmpty()
            .Must(roles => roles is null || roles.All(role => Roles.All.Contains(role)))
            .WithMessage($"One or more of: {string.Join(", ", Roles.All)}.");
}
