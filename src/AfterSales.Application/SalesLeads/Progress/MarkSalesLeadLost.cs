using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.SalesLeads.Progress;

/// <summary>WO-15: the customer will not buy.</summary>
public sealed record MarkSalesLeadLost : ICommand<SalesLeadResponse>
{
    [JsonIgnore]
    public Guid SalesLeadId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class MarkSalesLeadLostHandler(IAfterSalesDbContext db, ICurrentUser user, TimeProvider clock, IMapper mapper)
    : ICommandHandler<MarkSalesLeadLost, SalesLeadResponse>
{
    public async ValueTask<SalesLeadResponse> Handle(MarkSalesLeadLost command, CancellationToken cancellationToken)
    {
        var lead = await db.SalesLeads.LoadForChangeAsync(command.SalesLeadId, command.ExpectedVersion, cancellationToken);
        lead.MarkLost(user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<SalesLeadResponse>(lead);
    }
}
