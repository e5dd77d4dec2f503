using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using Dapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.LateForwards;

/// <summary>One order a salesperson passed on late (WO-19): when they heard of the fault, when the desk received it.</summary>
public sealed record LateForward
{
    public required Guid WorkOrderId { get; init; }

    public required string Number { get; init; }

    public required Guid CustomerId { get; init; }

    public required DateTimeOffset SalespersonHeardAt { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>From hearing to receipt, in hours.</summary>
    public decimal DelayHours => Math.Round((decimal)(ReceivedAt - SalespersonHeardAt).TotalHours, 2);
}

/// <summary>WO-19: the sales manager's list of orders forwarded late by salespeople, received in [from, to), newest first.</summary>
public sealed record ListLateForwards(DateTimeOffset? From, DateTimeOffset? To, int Page = 1, int PageSize = 20) : IQuery<PagedList<LateForward>>, IPagedQuery;

public sealed class ListLateForwardsValidator : PagedQueryValidator<ListLateForwards>
{
    public ListLateForwardsValidator() =>
        RuleFor(query => query.To).GreaterThan(query => query.From).When(query => query.From is not null && query.To is not null);
}

public sealed class ListLateForwardsHandler(IReadDatabase reads) : IQueryHandler<ListLateForwards, PagedList<LateForward>>
{
    private const string Columns = """
        o.id AS WorkOrderId, o.number AS Number, o.customer_id AS CustomerId, o.salesperson_heard_at AS SalespersonHeardAt,
        o.received_at AS ReceivedAt
        """;

    public async ValueTask<PagedList<LateForward>> Handle(ListLateForwards query, CancellationToken cancellationToken)
    {
        // The literal matches the partial index of late forwards.
        var fromWhere = "FROM aftersales.work_orders o WHERE o.forwarded_late";
        var parameters = new DynamicParameters();
        if (query.From is { } from)
        {
            fromWhere += " AND o.received_at >= @from";
            parameters.Add("from", from.ToUniversalTime());
        }

        if (query.To is { } to)
        {
            fromWhere += " AND o.received_at < @to";
            parameters.Add("to", to.ToUniversalTime());
        }

        return await reads.ReadAsync(
            connection => connection.ReadPageAsync<LateForward>(Columns, fromWhere, "ORDER BY o.received_at DESC, o.number DESC", parameters, query, cancellationToken),
            cancellationToken);
    }
}
