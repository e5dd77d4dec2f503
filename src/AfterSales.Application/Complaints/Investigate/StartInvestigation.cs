using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.Complaints.Investigate;

/// <summary>CP-3: someone starts looking into a received complaint.</summary>
public sealed record StartInvestigation : ICommand<ComplaintResponse>
{
    [JsonIgnore]
    public Guid ComplaintId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class StartInvestigationHandler(
    IAfterSalesDbContext db,
    ComplaintAccess access,
    IMapper mapper,
    TimeProvider clock)
    : ICommandHandler<StartInvestigation, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(StartInvestigation command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.LoadForChangeAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        complaint.StartInvestigation(clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ComplaintResponse>(complaint);
    }
}
