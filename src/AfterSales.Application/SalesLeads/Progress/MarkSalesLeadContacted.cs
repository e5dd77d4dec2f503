using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.SalesLeads.Progress;

/// <summary>WO-15: sales has spoken to the customer.</summary>
public sealed record MarkSalesLeadContacted : ICommand<SalesLeadResponse>
{
    [JsonIgnore]
    public Guid SalesLeadId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class MarkSalesLeadContactedHandler(IAfterSalesDbContext db, ICurrentUser user, TimeProvider clock, IMapper mapper)
    : ICommandHandler<MarkSalesLeadContacted, SalesLeadResponse>
{
    public async ValueTask<SalesLeadResponse> Handle(MarkSalesLeadContacted command, CancellationToken cancellationToken)
    {
        var lead = await db.SalesLeads.LoadForChangeAsync(command.SalesLeadId, command.ExpectedVersion, cancellationToken);
        lead.MarkContacted(user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<SalesLeadResponse>(lead);
    }
}
