using FluentValidation;
using Mediator;

namespace AfterSales.Application.Users.Create;

/// <summary>X-5: an administrator creates the user a person signs in as; they sign in once a password is reset for them.</summary>
public sealed record CreateUser(string UserName, string DisplayName, string? Phone, IReadOnlyList<string> Roles) : ICommand<UserResponse>;

public sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator()
    {
        RuleFor(command => command.UserName).ValidUserName();
        RuleFor(command => command.DisplayName).NotEmpty().MaximumLength(100);
        RuleFor(command => command.Phone).MaximumLength(30);
        RuleFor(command => command.Roles).ValidRoles();
    }
}

public sealed class CreateUserHandler(IUserAccounts accounts, UserResponses responses) : ICommandHandler<CreateUser, UserResponse>
{
    public async ValueTask<UserResponse> Handle(CreateUser command, CancellationToken cancellationToken)
    {
        var user = await accounts.CreateAsync(command.UserName, command.DisplayName, command.Phone, [.. command.Roles.Distinct()], cancellationToken);
        return await responses.ForAsync(user, cancellationToken);
    }
}
