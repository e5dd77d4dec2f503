using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using AfterSales.Application.WorkOrders;
using AfterSales.Domain.PartsOrders;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.PartsOrders.List;

/// <summary>
/// PR-2: parts-only orders newest first, by status and customer; <c>paymentConfirmation=Late</c> is Finance's late list
/// (a payment not confirmed within [Pricing:PaymentConfirmHours], still open or confirmed late), <c>AtRisk</c> those
/// falling due within [Sla:AtRiskHours].
/// </summary>
public sealed record ListPartsOrders(
    PartsOrderStatus? Status,
    Guid? CustomerId,
    PaymentConfirmationFilter? PaymentConfirmation,
    int Page = 1,
    int PageSize = 20) : IQuery<PagedList<PartsOrderResponse>>, IPagedQuery;

public sealed class ListPartsOrdersValidator : PagedQueryValidator<ListPartsOrders>
{
    public ListPartsOrdersValidator()
    {
        RuleFor(query => query.Status).IsInEnum();
        RuleFor(query => query.PaymentConfirmation).IsInEnum();
    }
}

public sealed class ListPartsOrdersHandler(IAfterSalesDbContext db, PartsOrderResponses responses, IOptions<SlaOptions> sla, TimeProvider clock)
    : IQueryHandler<ListPartsOrders, PagedList<PartsOrderResponse>>
{
    public async ValueTask<PagedList<PartsOrderResponse>> Handle(ListPartsOrders query, CancellationToken cancellationToken)
    {
        var orders = db.PartsOrders.AsNoTracking();
        if (query.Status is { } status)
        {
            orders = orders.Where(order => order.Status == status);
        }

        if (query.CustomerId is { } customerId)
        {
            orders = orders.Where(order => order.CustomerId == customerId);
        }

        var now = clock.GetUtcNow();
        orders = query.PaymentConfirmation switch
        {
            PaymentConfirmationFilter.Late => orders.Where(PartsOrderRules.ConfirmationLate(now)),
            PaymentConfirmationFilter.AtRisk => orders.Where(PartsOrderRules.ConfirmationAtRisk(now.AddHours(sla.Value.AtRiskHours))),
            _ => orders,
        };

        var page = await orders
            .OrderByDescending(order => order.RegisteredAt)
            .ThenByDescending(order => order.Id)
            .ToPageAsync(query, cancellationToken);
        var items = await responses.OfAsync(page.Items, cancellationToken);
        return page.Map(order => items.Single(item => item.Id == order.Id));
    }
}
