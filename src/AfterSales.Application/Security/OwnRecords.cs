using AfterSales.Application.Abstractions;

namespace AfterSales.Application.Security;

/// <summary>X-4's rule for records that belong to one technician (work orders, assessments).</summary>
public static class OwnRecords
{
    /// <summary>
    /// The technician whose records are the only ones the caller sees, or null when one of their roles
    /// sees all. A caller in neither position is restricted to <see cref="Guid.Empty"/>, which owns nothing.
    /// </summary>
    public static Guid? RestrictedTechnician(this ICurrentUser user, IEnumerable<string> rolesThatSeeAll) =>
        rolesThatSeeAll.Any(user.IsInRole) ? null : user.TechnicianId ?? Guid.Empty;
}
