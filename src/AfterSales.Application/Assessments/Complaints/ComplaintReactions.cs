using AfterSales.Application.Abstractions;
using AfterSales.Domain.Complaints;

namespace AfterSales.Application.Assessments.Complaints;

/// <summary>CP-6: a verified complaint takes its points from the responsible technician's assessment of the month of verification.</summary>
public sealed class DeductVerifiedComplaint(ComplaintDeductions deductions) : IDomainEventHandler<ComplaintVerified>
{
    public Task HandleAsync(ComplaintVerified verified, CancellationToken cancellationToken) =>
        deductions.ApplyVerifiedAsync(verified.ResponsibleTechnicianId, verified.OccurredAt, verified.ComplaintId, verified.Number, cancellationToken);
}

/// <summary>CP-8: an upheld appeal gives the points back (through an amendment once the assessment is approved, AS-6).</summary>
public sealed class RestoreOverturnedComplaint(ComplaintDeductions deductions) : IDomainEventHandler<ComplaintAppealUpheld>
{
    public Task HandleAsync(ComplaintAppealUpheld upheld, CancellationToken cancellationToken) =>
        deductions.ApplyOverturnedAsync(upheld.ComplaintId, cancellationToken);
}
