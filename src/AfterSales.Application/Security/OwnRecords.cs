using AfterSales.Application.Abstractions;

namespace AfterSales.Application.Security;

/// <summary>X-4: a technician sees only their own records; callers in a role that oversees the records see all.</summary>
public static class OwnRecords
{
    /// <summary>
    /// The technician whose records are the only ones the caller may see, or null when one of the caller's
    /// roles sees all. A caller in no such role and without a technician id sees nothing (an id no record has).
    /// </summary>
    public static Guid? OwnRecordsOnly(this ICurrentUser user, IReadOnlyCollection<string> rolesThatSeeAll) =>
        rolesThatSeeAll.Any(user.IsInRole) ? null : user.TechnicianId ?? Guid.Empty;
}
