using AfterSales.Application.Common.Paging;

namespace AfterSales.Application.Users;

/// <summary>
/// The users people sign in as, kept by the built-in sign-in provider in the same database. Inside a unit of work
/// every change joins its transaction, so it commits or rolls back with the command. A change takes the user as it was
/// loaded and is refused when the user has changed since (→ 412 with If-Match, else 409 X-2).
/// </summary>
public interface IUserAccounts
{
    Task<UserAccount?> FindAsync(Guid userId, CancellationToken cancellationToken);

    Task<UserAccount?> FindLinkedToAsync(Guid technicianId, CancellationToken cancellationToken);

    /// <summary>Users by user name.</summary>
    Task<PagedList<UserAccount>> ListAsync(IPagedQuery page, CancellationToken cancellationToken);

    /// <summary>A user without a password, who cannot sign in until one is set; a user name already taken is refused (409 X-5).</summary>
    Task<UserAccount> CreateAsync(string userName, string displayName, string? phone, IReadOnlyCollection<string> roles, CancellationToken cancellationToken);

    Task<UserAccount> SetRolesAsync(UserAccount user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken);

    /// <summary>A technician already linked to another user is refused (409 X-5), however the two requests interleave.</summary>
    Task<UserAccount> LinkTechnicianAsync(UserAccount user, Guid technicianId, CancellationToken cancellationToken);

    /// <summary>Stored only as the provider's hash; the user is no longer locked out, and their refresh tokens are revoked.</summary>
    Task<UserAccount> SetPasswordAsync(UserAccount user, string password, CancellationToken cancellationToken);

    /// <summary>The user's refresh tokens are revoked and their next request refused (401).</summary>
    Task<UserAccount> DisableAsync(UserAccount user, CancellationToken cancellationToken);

    Task<UserAccount> EnableAsync(UserAccount user, CancellationToken cancellationToken);
}
