using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Common;

namespace AfterSales.Application.Users;

public static class UserAccountLoading
{
    /// <summary>Loads a user to change it: unknown is not found; a client's version that is no longer the current one is refused (412).</summary>
    public static async Task<UserAccount> LoadForChangeAsync(this IUserAccounts accounts, Guid userId, uint? expectedVersion, CancellationToken cancellationToken)
    {
        var user = await accounts.FindAsync(userId, cancellationToken) ?? throw new NotFoundException("User", userId);
        if (expectedVersion is { } expected && user.Version != expected)
        {
            throw new PreconditionFailedException("User", userId);
        }

        return user;
    }
}
