using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.List;

/// <summary>WO-8 lists: <see cref="Breached"/> has a breached clock; <see cref="AtRisk"/> has a running clock due within [Sla:AtRiskHours].</summary>
public enum SlaFilter
{
    Breached,
    AtRisk,
}

/// <summary>Orders newest first, by status, technician, service-level state and received time (technicians: their own).</summary>
public sealed record ListWorkOrders(
    WorkOrderStatus? Status,
    Guid? TechnicianId,
    SlaFilter? SlaState,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int Page = 1,
    int PageSize = 20) : IQuery<PagedList<WorkOrderSummary>>, IPagedQuery;

public sealed class ListWorkOrdersValidator : PagedQueryValidator<ListWorkOrders>
{
    public ListWorkOrdersValidator()
    {
        RuleFor(query => query.Status).IsInEnum();
        RuleFor(query => query.SlaState).IsInEnum();
        RuleFor(query => query.To).GreaterThan(query => query.From).When(query => query.From is not null && query.To is not null);
    }
}

public sealed class ListWorkOrdersHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    IMapper mapper,
    IOptions<SlaOptions> sla,
    TimeProvider clock)
    : IQueryHandler<ListWorkOrders, PagedList<WorkOrderSummary>>
{
    public async ValueTask<PagedList<WorkOrderSummary>> Handle(ListWorkOrders query, CancellationToken cancellationToken)
    {
        var orders = access.Visible(db.WorkOrders.AsNoTracking());
        if (query.Status is { } status)
        {
            orders = orders.Where(order => order.Status == status);
        }

        if (query.TechnicianId is { } technicianId)
        {
            orders = orders.Where(order => order.TechnicianId == technicianId);
        }

        if (query.From is { } from)
        {
            var fromUtc = from.ToUniversalTime();
            orders = orders.Where(order => order.ReceivedAt >= fromUtc);
        }

        if (query.To is { } to)
        {
            var toUtc = to.ToUniversalTime();
            orders = orders.Where(order => order.ReceivedAt < toUtc);
        }

        if (query.SlaState == SlaFilter.Breached)
        {
            orders = orders.Where(order => order.Clocks.Any(c => c.State == SlaState.Breached));
        }
        else if (query.SlaState == SlaFilter.AtRisk)
        {
            var horizon = clock.GetUtcNow().AddHours(sla.Value.AtRiskHours);
            orders = orders.Where(order => order.Clocks.Any(c => c.State == SlaState.Pending && c.StoppedAt == null && c.Deadline <= horizon));
        }

        return await orders
            .OrderByDescending(order => order.ReceivedAt)
            .ThenByDescending(order => order.Id)
            .ProjectTo<WorkOrderSummary>(mapper.ConfigurationProvider)
            .ToPageAsync(query, cancellationToken);
    }
}
