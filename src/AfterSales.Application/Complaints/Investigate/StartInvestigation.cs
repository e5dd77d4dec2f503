using AfterSales.Application.Abstractions;
using AfterSales.Domain.Complaints;
using AutoMapper;

namespace AfterSales.Application.Complaints.Investigate;

/// <summary>CP-3: someone starts looking into a received complaint.</summary>
public sealed record StartInvestigation : ComplaintAction;

public sealed class StartInvestigationHandler(IAfterSalesDbContext db, ComplaintAccess access, IMapper mapper, TimeProvider clock)
    : ComplaintActionHandler<StartInvestigation>(db, access, mapper)
{
    protected override Task ApplyAsync(Complaint complaint, StartInvestigation command, CancellationToken cancellationToken)
    {
        complaint.StartInvestigation(clock);
        return Task.CompletedTask;
    }
}
