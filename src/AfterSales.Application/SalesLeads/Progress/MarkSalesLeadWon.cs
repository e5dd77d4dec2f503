using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.SalesLeads.Progress;

/// <summary>WO-15: the customer bought.</summary>
public sealed record MarkSalesLeadWon : ICommand<SalesLeadResponse>
{
    [JsonIgnore]
    public Guid SalesLeadId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class MarkSalesLeadWonHandler(IAfterSalesDbContext db, ICurrentUser user, TimeProvider clock, IMapper mapper)
    : ICommandHandler<MarkSalesLeadWon, SalesLeadResponse>
{
    public async ValueTask<SalesLeadResponse> Handle(MarkSalesLeadWon command, CancellationToken cancellationToken)
    {
        var lead = await db.SalesLeads.LoadForChangeAsync(command.SalesLeadId, command.ExpectedVersion, cancellationToken);
        lead.MarkWon(user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<SalesLeadResponse>(lead);
    }
}
