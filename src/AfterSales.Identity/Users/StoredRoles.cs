using AfterSales.Identity.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Identity.Users;

/// <summary>
/// A role is a row in the user store before anyone can hold it. Rows are made on first use in one statement that
/// tolerates a concurrent first use (two instances starting, two administrators), so no start-up seeding is needed.
/// </summary>
public sealed class StoredRoles(IdentityStore store)
{
    public async Task EnsureAsync(IEnumerable<string> roles, CancellationToken cancellationToken)
    {
        foreach (var role in roles.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            await store.Database.ExecuteSqlAsync(
                $"""
                insert into identity.roles (id, name, normalized_name, concurrency_stamp)
                values ({Guid.CreateVersion7()}, {role}, {role.ToUpperInvariant()}, {Guid.NewGuid().ToString()})
                on conflict (normalized_name) do nothing
                """,
                cancellationToken);
        }
    }
}
