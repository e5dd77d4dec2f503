using AfterSales.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AfterSales.Infrastructure.Persistence.Saving;

/// <summary>
/// every aggregate a unit of work changed updates its own row, even when only a part of it (a payment, a
/// clock) changed, so that its version (<c>xmin</c>) moves and the client's <c>If-Match</c> is checked by the UPDATE.
/// </summary>
internal static class AggregateVersions
{
    /// <summary>Shadow column on every aggregate; setting it is what makes the root row part of the UPDATE.</summary>
    public const string UpdatedAt = "UpdatedAt";

    public static void Touch(IEnumerable<EntityEntry<AggregateRoot>> changed, DateTimeOffset now)
    {
        foreach (var entry in changed)
        {
            var updatedAt = entry.Property<DateTimeOffset>(UpdatedAt);
            updatedAt.CurrentValue = now;
            if (entry.State != EntityState.Added)
            {
                // Even at the same instant: the UPDATE is what moves xmin and checks the client's version.
                updatedAt.IsModified = true;
            }
        }
    }
}
