using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using Dapper;
using Mediator;

namespace AfterSales.Application.WorkOrders.Workshop;

/// <summary>
/// WO-10 (r2): items still in the workshop after the return date promised to the customer (a company day), longest
/// overdue first (team leads: their team's, X-4).
/// </summary>
public sealed record ListOverdueWorkshopReturns(int Page = 1, int PageSize = 20) : IQuery<PagedList<OverdueWorkshopReturn>>, IPagedQuery;

/// <summary>An item kept past its promised return: the order, who has it, the receipt, and how many days late it is.</summary>
public sealed record OverdueWorkshopReturn
{
    public required Guid WorkOrderId { get; init; }

    public required string Number { get; init; }

    public Guid? TechnicianId { get; init; }

    public string? Team { get; init; }

    public required string ReceiptNumber { get; init; }

    public required DateTimeOffset TakenAt { get; init; }

    public required DateOnly PromisedReturnOn { get; init; }

    public required int DaysOverdue { get; init; }
}

public sealed class ListOverdueWorkshopReturnsValidator : PagedQueryValidator<ListOverdueWorkshopReturns>;

public sealed class ListOverdueWorkshopReturnsHandler(IReadDatabase reads, CompanyCalendar calendar, WorkOrderAccess access)
    : IQueryHandler<ListOverdueWorkshopReturns, PagedList<OverdueWorkshopReturn>>
{
    private const string Columns = """
        o.id AS WorkOrderId, o.number, o.technician_id AS TechnicianId, o.team, o.workshop_receipt_number AS ReceiptNumber,
        o.workshop_taken_at AS TakenAt, o.workshop_promised_return_on AS PromisedReturnOn,
        (@today::date - o.workshop_promised_return_on) AS DaysOverdue
        """;

    public async ValueTask<PagedList<OverdueWorkshopReturn>> Handle(ListOverdueWorkshopReturns query, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(new { today = calendar.Today.ToDateTime(TimeOnly.MinValue) });
        // The conditions of the partial index that holds exactly the items in the workshop.
        var fromWhere = """
            FROM aftersales.work_orders o
            WHERE o.workshop_taken_at IS NOT NULL AND o.workshop_returned_at IS NULL AND o.workshop_promised_return_on < @today::date
            """;
        if (await access.SqlConditionAsync(cancellationToken) is { } visible)
        {
            fromWhere += " AND " + visible.Condition;
            parameters.AddDynamicParams(visible.Parameters);
        }

        return await reads.ReadAsync(
            connection => connection.ReadPageAsync<OverdueWorkshopReturn>(
                Columns, fromWhere, "ORDER BY o.workshop_promised_return_on, o.number", parameters, query, cancellationToken),
            cancellationToken);
    }
}
