using System.Text.Json.Serialization;
using Mediator;

namespace AfterSales.Application.Users.Status;

/// <summary>X-5: the user can no longer sign in; their refresh tokens are revoked and their next request is refused (401).</summary>
public sealed record DisableUser : ICommand<UserResponse>
{
    [JsonIgnore]
    public Guid UserId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class DisableUserHandler(IUserAccounts accounts, UserResponses responses) : ICommandHandler<DisableUser, UserResponse>
{
    public async ValueTask<UserResponse> Handle(DisableUser command, CancellationToken cancellationToken)
    {
        var user = await accounts.LoadForChangeAsync(command.UserId, command.ExpectedVersion, cancellationToken);
        var disabled = await accounts.DisableAsync(user, cancellationToken);
        return await responses.ForAsync(disabled, cancellationToken);
    }
}
