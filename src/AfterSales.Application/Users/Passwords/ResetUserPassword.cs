using System.Text.Json.Serialization;
using AfterSales.Application.Common.Concurrency;
using Mediator;

namespace AfterSales.Application.Users.Passwords;

/// <summary>
/// the user gets a new temporary password, answered once and kept only as the provider's hash; the lockout ends
/// and the user's refresh tokens are revoked, so a session opened with the old password ends too.
/// </summary>
public sealed record ResetUserPassword : ICommand<PasswordResetResponse>
{
    [JsonIgnore]
    public Guid UserId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

/// <summary>The temporary password, shown here and nowhere else: it is neither stored nor logged, and a repeated request gives a new one.</summary>
public sealed record PasswordResetResponse(UserResponse User, string TemporaryPassword) : IVersionedResource
{
    [JsonIgnore]
    public uint Version => User.Version;
}

public sealed class ResetUserPasswordHandler(IUserAccounts accounts, UserResponses responses) : ICommandHandler<ResetUserPassword, PasswordResetResponse>
{
    public async ValueTask<PasswordResetResponse> Handle(ResetUserPassword command, CancellationToken cancellationToken)
    {
        var user = await accounts.LoadForChangeAsync(command.UserId, command.ExpectedVersion, cancellationToken);
        var password = TemporaryPasswords.New();
        var reset = await accounts.SetPasswordAsync(user, password, cancellationToken);
        return new PasswordResetResponse(await responses.ForAsync(reset, cancellationToken), password);
    }
}
