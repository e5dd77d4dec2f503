using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using Dapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.Payments;

/// <summary>
/// WO-12 (r2): Finance's one list of cash not yet remitted, across all orders, by the technician who collected it
/// (not whoever holds the order now), oldest first; <see cref="TechnicianId"/> narrows it to one collector.
/// </summary>
public sealed record ListUnremittedCash(Guid? TechnicianId, int Page = 1, int PageSize = 20) : IQuery<UnremittedCashList>, IPagedQuery;

/// <summary>One cash payment still with its collector: whose, on which order, how much, and for how many company days.</summary>
public sealed record UnremittedCash
{
    public required Guid PaymentId { get; init; }

    public required Guid WorkOrderId { get; init; }

    public required string WorkOrderNumber { get; init; }

    public required Guid CollectedBy { get; init; }

    public required string CollectorName { get; init; }

    public required decimal Amount { get; init; }

    public required DateOnly ReceivedOn { get; init; }

    /// <summary>Company days since the day it was received; 0 on that day, when it is not yet late (WO-12).</summary>
    public required int AgeDays { get; init; }
}

/// <summary>What one technician still holds: how many payments, how much, and since when.</summary>
public sealed record UnremittedCashTotal
{
    public required Guid TechnicianId { get; init; }

    public required string Name { get; init; }

    public required int Payments { get; init; }

    public required decimal Amount { get; init; }

    public required DateOnly OldestReceivedOn { get; init; }
}

/// <summary>A page of the list, with the totals of the whole list per technician (largest first) and overall.</summary>
public sealed record UnremittedCashList(
    IReadOnlyList<UnremittedCash> Items,
    int Page,
    int PageSize,
    int TotalCount,
    IReadOnlyList<UnremittedCashTotal> ByTechnician,
    decimal TotalAmount);

public sealed class ListUnremittedCashValidator : PagedQueryValidator<ListUnremittedCash>
{
    public ListUnremittedCashValidator() => RuleFor(query => query.TechnicianId).NotEqual(Guid.Empty);
}

public sealed class ListUnremittedCashHandler(IReadDatabase reads, CompanyCalendar calendar) : IQueryHandler<ListUnremittedCash, UnremittedCashList>
{
    private const string Columns = """
        p.id AS PaymentId, o.id AS WorkOrderId, o.number AS WorkOrderNumber, p.collected_by AS CollectedBy, t.name AS CollectorName,
        p.amount, p.received_on AS ReceivedOn, (@today::date - p.received_on) AS AgeDays
        """;

    public async ValueTask<UnremittedCashList> Handle(ListUnremittedCash query, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(new { today = calendar.Today.ToDateTime(TimeOnly.MinValue) });

        // The literal matches the partial index of unremitted cash.
        var fromWhere = """
            FROM aftersales.payments p
            JOIN aftersales.work_orders o ON o.id = p.work_order_id
            JOIN aftersales.technicians t ON t.id = p.collected_by
            WHERE p.method = 'Cash' AND p.remitted_at IS NULL
            """;
        if (query.TechnicianId is { } technicianId)
        {
            fromWhere += " AND p.collected_by = @technicianId";
            parameters.Add("technicianId", technicianId);
        }

        return await reads.ReadAsync(
            async connection =>
            {
                var page = await connection.ReadPageAsync<UnremittedCash>(
                    Columns, fromWhere, "ORDER BY p.received_at, p.id", parameters, query, cancellationToken);
                var totals = (await connection.QueryAsync<UnremittedCashTotal>(new CommandDefinition(
                    $"""
                    SELECT p.collected_by AS TechnicianId, t.name, count(*)::int AS Payments, sum(p.amount) AS Amount, min(p.received_on) AS OldestReceivedOn
                    {fromWhere}
                    GROUP BY p.collected_by, t.name
                    ORDER BY sum(p.amount) DESC, p.collected_by
                    """,
                    parameters,
                    cancellationToken: cancellationToken))).AsList();
                return new UnremittedCashList(
                    page.Items, query.Page, query.PageSize, page.TotalCount.GetValueOrDefault(), totals, Domain.Common.Money.Sum(totals.Select(total => total.Amount)));
            },
            cancellationToken);
    }
}
