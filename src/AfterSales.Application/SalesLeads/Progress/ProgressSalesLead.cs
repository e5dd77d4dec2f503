using AfterSales.Application.Abstractions;
using AfterSales.Domain.SalesLeads;
using AutoMapper;

namespace AfterSales.Application.SalesLeads.Progress;

/// <summary>WO-15: sales has spoken to the customer.</summary>
public sealed record MarkSalesLeadContacted : SalesLeadAction;

/// <summary>WO-15: the customer bought.</summary>
public sealed record MarkSalesLeadWon : SalesLeadAction;

/// <summary>WO-15: the customer will not buy.</summary>
public sealed record MarkSalesLeadLost : SalesLeadAction;

public sealed class MarkSalesLeadContactedHandler(IAfterSalesDbContext db, ICurrentUser user, TimeProvider clock, IMapper mapper)
    : SalesLeadActionHandler<MarkSalesLeadContacted>(db, user, clock, mapper)
{
    protected override void Apply(SalesLead lead, string by, TimeProvider clock) => lead.MarkContacted(by, clock);
}

public sealed class MarkSalesLeadWonHandler(IAfterSalesDbContext db, ICurrentUser user, TimeProvider clock, IMapper mapper)
    : SalesLeadActionHandler<MarkSalesLeadWon>(db, user, clock, mapper)
{
    protected override void Apply(SalesLead lead, string by, TimeProvider clock) => lead.MarkWon(by, clock);
}

public sealed class MarkSalesLeadLostHandler(IAfterSalesDbContext db, ICurrentUser user, TimeProvider clock, IMapper mapper)
    : SalesLeadActionHandler<MarkSalesLeadLost>(db, user, clock, mapper)
{
    protected override void Apply(SalesLead lead, string by, TimeProvider clock) => lead.MarkLost(by, clock);
}
