using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.SalesLeads;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.SalesLeads;

/// <summary>A move of one lead: <c>POST /sales-leads/{id}/{action}</c>, without a body.</summary>
public abstract record SalesLeadAction : ICommand<SalesLeadResponse>
{
    /// <summary>From the route.</summary>
    public Guid SalesLeadId { get; init; }

    /// <summary>From <c>If-Match</c>; null when the client did not ask for a version check.</summary>
    public uint? ExpectedVersion { get; init; }
}

/// <summary>Load the lead at the version the client expects, apply one domain method, save, answer with the lead.</summary>
public abstract class SalesLeadActionHandler<TAction>(IAfterSalesDbContext db, ICurrentUser user, TimeProvider clock, IMapper mapper)
    : ICommandHandler<TAction, SalesLeadResponse>
    where TAction : SalesLeadAction
{
    public async ValueTask<SalesLeadResponse> Handle(TAction command, CancellationToken cancellationToken)
    {
        var lead = await db.SalesLeads.LoadForChangeAsync(command.SalesLeadId, command.ExpectedVersion, cancellationToken);
        Apply(lead, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<SalesLeadResponse>(lead);
    }

    protected abstract void Apply(SalesLead lead, string by, TimeProvider clock);
}
