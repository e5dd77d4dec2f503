using AfterSales.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports.Grades;

/// <summary>CP-7: the technicians flagged for a demotion or dismissal review by complaints in a calendar year.</summary>
public interface IComplaintReviewFlags
{
    /// <summary>One round trip at most: the annual grade report (AS-8) is held to two.</summary>
    Task<IReadOnlySet<Guid>> FlaggedInAsync(int year, CancellationToken cancellationToken);
}

/// <summary>Technicians with a standing (not withdrawn) review flag in any quarter of the year.</summary>
public sealed class ComplaintReviewFlags(IAfterSalesDbContext db) : IComplaintReviewFlags
{
    public async Task<IReadOnlySet<Guid>> FlaggedInAsync(int year, CancellationToken cancellationToken) =>
        (await db.Technicians.AsNoTracking()
            .Where(technician => technician.ComplaintReviewFlags.Any(flag => flag.Year == year && flag.WithdrawnAt == null))
            .Select(technician => technician.Id)
            .ToListAsync(cancellationToken))
        .ToHashSet();
}
