namespace AfterSales.Application.Abstractions;

/// <summary>The people who sign in, as far as rules about who someone is need them (CP-2: escalated to a Director).</summary>
public interface IUserRoster
{
    /// <summary>
    /// Whether the enabled user <paramref name="userName"/> holds <paramref name="role"/>. With an external provider the
    /// users live there and cannot be asked, so any name is taken as given.
    /// </summary>
    Task<bool> HoldsRoleAsync(string userName, string role, CancellationToken cancellationToken);
}
