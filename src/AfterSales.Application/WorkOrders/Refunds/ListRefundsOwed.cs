using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using Dapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.Refunds;

/// <summary>
/// WO-11 (r2), WO-12: Finance's list of money owed back to customers, one row per order, the oldest order first;
/// <see cref="CustomerId"/> narrows it to one customer.
/// </summary>
public sealed record ListRefundsOwed(Guid? CustomerId, int Page = 1, int PageSize = 20) : IQuery<RefundsOwedList>, IPagedQuery;

/// <summary>What one order owes its customer back, with the customer's name.</summary>
public sealed record RefundOwed
{
    public required Guid WorkOrderId { get; init; }

    public required string WorkOrderNumber { get; init; }

    public required Guid CustomerId { get; init; }

    public required string CustomerName { get; init; }

    public required decimal Amount { get; init; }

    /// <summary>What was already paid back on the order, if Finance refunded part of it.</summary>
    public required decimal Refunded { get; init; }
}

/// <summary>A page of the list, with the total owed across the whole list.</summary>
public sealed record RefundsOwedList(IReadOnlyList<RefundOwed> Items, int Page, int PageSize, int TotalCount, decimal TotalAmount);

public sealed class ListRefundsOwedValidator : PagedQueryValidator<ListRefundsOwed>
{
    public ListRefundsOwedValidator() => RuleFor(query => query.CustomerId).NotEqual(Guid.Empty);
}

public sealed class ListRefundsOwedHandler(IReadDatabase reads) : IQueryHandler<ListRefundsOwed, RefundsOwedList>
{
    private const string Columns = """
        o.id AS WorkOrderId, o.number AS WorkOrderNumber, o.customer_id AS CustomerId, c.name AS CustomerName, o.refund_owed AS Amount,
        coalesce((SELECT sum(r.amount) FROM aftersales.work_order_refunds r WHERE r.work_order_id = o.id), 0) AS Refunded
        """;

    public async ValueTask<RefundsOwedList> Handle(ListRefundsOwed query, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();

        // The literal matches the partial index of refunds owed.
        var fromWhere = """
            FROM aftersales.work_orders o
            JOIN aftersales.customers c ON c.id = o.customer_id
            WHERE o.refund_owed > 0
            """;
        if (query.CustomerId is { } customerId)
        {
            fromWhere += " AND o.customer_id = @customerId";
            parameters.Add("customerId", customerId);
        }

        return await reads.ReadAsync(
            async connection =>
            {
                var page = await connection.ReadPageAsync<RefundOwed>(Columns, fromWhere, "ORDER BY o.received_at, o.id", parameters, query, cancellationToken);
                var total = await connection.ExecuteScalarAsync<decimal>(new CommandDefinition(
                    $"SELECT coalesce(sum(o.refund_owed), 0) {fromWhere}", parameters, cancellationToken: cancellationToken));
                return new RefundsOwedList(page.Items, query.Page, query.PageSize, page.TotalCount.GetValueOrDefault(), total);
            },
            cancellationToken);
    }
}
