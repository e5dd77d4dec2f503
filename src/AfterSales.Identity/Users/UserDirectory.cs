using System.Security.Claims;
using AfterSales.Identity.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace AfterSales.Identity.Users;

/// <summary>
/// The user record behind a token's subject, read at most once a minute per user: a disabled user is refused, and a
/// technician's "own" records follow the link on the record, whatever a token claims.
/// </summary>
public sealed class UserDirectory(IServiceProvider services, IMemoryCache cache, IOptions<ProviderOptions> provider)
{
    /// <summary>How long a change to a user (disabled, linked) may take to reach requests; changes made here apply at once.</summary>
    public static readonly TimeSpan CachedFor = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Whether the token is an integrator's (client credentials: its <c>client_id</c> is a configured client, which may
    /// use no other grant). No person is behind it, so no user record applies: a user who happens to bear the client's
    /// name must not lend it their technician, nor refuse it by being disabled.
    /// </summary>
    public bool IsIntegrator(ClaimsPrincipal principal) =>
        principal.FindFirst(OpenIddictConstants.Claims.ClientId)?.Value is { } clientId && provider.Value.Clients.ContainsKey(clientId);

    /// <summary>The user signed in as <paramref name="userName"/>, or null when no user bears that name.</summary>
    public async Task<SignedInUser?> FindAsync(string userName, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key(userName), out SignedInUser? known))
        {
            return known;
        }

        // The store is leased only on a miss: building a context on every request cost more than the lookup.
        var normalized = userName.ToUpperInvariant();
        var user = await services.GetRequiredService<IdentityStore>().Users.AsNoTracking()
            .Where(candidate => candidate.NormalizedUserName == normalized)
            .Select(candidate => new SignedInUser(candidate.Id, candidate.UserName!, candidate.TechnicianId, candidate.Disabled))
            .FirstOrDefaultAsync(cancellationToken);
        cache.Set(Key(userName), user, CachedFor);
        return user;
    }

    /// <summary>Makes the next request read the record again (after it changed here).</summary>
    public void Forget(string userName) => cache.Remove(Key(userName));

    private static string Key(string userName) => "user:" + userName.ToUpperInvariant();
}
