using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.Technicians;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Complaints;

/// <summary>
/// CP-7: when a complaint is verified, or an appeal against one is upheld, counts the complaints of that category
/// still standing against the responsible technician in the quarter it was verified, and lets the technician's
/// flag follow the count (raised at the threshold, withdrawn below it).
/// </summary>
public sealed class ReviewComplaintCount(IAfterSalesDbContext db, ComplaintPolicy policy, TimeProvider clock)
    : IDomainEventHandler<ComplaintVerified>, IDomainEventHandler<ComplaintAppealUpheld>
{
    public Task HandleAsync(ComplaintVerified domainEvent, CancellationToken cancellationToken) =>
        ReviewAsync(domainEvent.ResponsibleTechnicianId, domainEvent.Category, domainEvent.VerifiedOn, cancellationToken);

    public Task HandleAsync(ComplaintAppealUpheld domainEvent, CancellationToken cancellationToken) =>
        ReviewAsync(domainEvent.ResponsibleTechnicianId, domainEvent.Category, domainEvent.VerifiedOn, cancellationToken);

    private async Task ReviewAsync(Guid technicianId, ComplaintCategory category, DateOnly verifiedOn, CancellationToken cancellationToken)
    {
        var quarter = CalendarQuarter.Of(verifiedOn);
        var (firstDay, lastDay) = (quarter.FirstDay, quarter.LastDay);

        // The change that raised the event is not saved yet. Loading the quarter's stored complaints into the
        // change tracker, where the changed complaint already is, lets the count see it as it is now.
        await db.Complaints
            .Where(complaint => complaint.ResponsibleTechnicianId == technicianId
                && complaint.Category == category
                && complaint.Verification!.DecidedOn >= firstDay
                && complaint.Verification.DecidedOn <= lastDay)
            .LoadAsync(cancellationToken);
        var standing = db.Complaints.Local.Count(complaint => complaint.CountsTowardsReview(technicianId, category, quarter));

        var technician = await db.Technicians.FirstOrDefaultAsync(candidate => candidate.Id == technicianId, cancellationToken)
            ?? throw new NotFoundException(nameof(Technician), technicianId);
        technician.ReviewComplaintCount(quarter, category, standing, policy.ReviewThreshold, clock);
    }
}
