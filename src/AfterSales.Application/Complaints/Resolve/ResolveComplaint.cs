using AfterSales.Application.Abstractions;
using AfterSales.Domain.Complaints;
using AutoMapper;

namespace AfterSales.Application.Complaints.Resolve;

/// <summary>CP-2: a verified complaint is dealt with — escalated first when Major, the customer told the result.</summary>
public sealed record ResolveComplaint : ComplaintAction;

public sealed class ResolveComplaintHandler(IAfterSalesDbContext db, ComplaintAccess access, IMapper mapper, TimeProvider clock)
    : ComplaintActionHandler<ResolveComplaint>(db, access, mapper)
{
    protected override Task ApplyAsync(Complaint complaint, ResolveComplaint command, CancellationToken cancellationToken)
    {
        complaint.Resolve(clock);
        return Task.CompletedTask;
    }
}
