using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.Complaints.Resolve;

/// <summary>
/// CP-2: a verified complaint is dealt with — escalated first when Major, the customer told the result (in writing when
/// Major), and CP-9: someone visited or called the customer.
/// </summary>
public sealed record ResolveComplaint : ICommand<ComplaintResponse>
{
    [JsonIgnore]
    public Guid ComplaintId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ResolveComplaintHandler(
    IAfterSalesDbContext db,
    ComplaintAccess access,
    IMapper mapper,
    TimeProvider clock)
    : ICommandHandler<ResolveComplaint, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(ResolveComplaint command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.LoadForChangeAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        complaint.Resolve(clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ComplaintResponse>(complaint);
    }
}
