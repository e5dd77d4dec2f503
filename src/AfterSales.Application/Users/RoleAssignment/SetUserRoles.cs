using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Users.RoleAssignment;

/// <summary>The user's roles become exactly these; their tokens carry them from the next sign-in or refresh.</summary>
public sealed record SetUserRoles(IReadOnlyList<string> Roles) : ICommand<UserResponse>
{
    [JsonIgnore]
    public Guid UserId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class SetUserRolesValidator : AbstractValidator<SetUserRoles>
{
    public SetUserRolesValidator() => RuleFor(command => command.Roles).ValidRoles();
}

public sealed class SetUserRolesHandler(IUserAccounts accounts, UserResponses responses) : ICommandHandler<SetUserRoles, UserResponse>
{
    public async ValueTask<UserResponse> Handle(SetUserRoles command, CancellationToken cancellationToken)
    {
        var user = await accounts.LoadForChangeAsync(command.UserId, command.ExpectedVersion, cancellationToken);
        var changed = await accounts.SetRolesAsync(user, [.. command.Roles.Distinct()], cancellationToken);
        return await responses.ForAsync(changed, cancellationToken);
    }
}
