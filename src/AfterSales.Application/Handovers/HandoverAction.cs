using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Actions;
using AfterSales.Domain.Handovers;
using AutoMapper;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Handovers;

/// <summary>An action on one checklist: <c>POST /handovers/{id}/{action}</c>; the body is the derived record.</summary>
public abstract record HandoverAction : AggregateAction<HandoverChecklistResponse>;

/// <summary>An action on one item of a checklist: <c>POST /handovers/{id}/items/{itemId}/{action}</c>.</summary>
public abstract record HandoverItemAction : AggregateItemAction<HandoverChecklistResponse>;

/// <summary>A checklist action on a checklist the caller may see, answered with the checklist.</summary>
public abstract class HandoverActionHandler<TAction>(IAfterSalesDbContext db, HandoverAccess access, IMapper mapper)
    : AggregateActionHandler<HandoverChecklist, TAction, HandoverChecklistResponse>(db, mapper)
    where TAction : AggregateAction<HandoverChecklistResponse>
{
    protected HandoverAccess Access => access;

    protected override DbSet<HandoverChecklist> Aggregates => Db.HandoverChecklists;

    protected override void EnsureVisible(HandoverChecklist checklist) => access.EnsureVisible(checklist);
}
