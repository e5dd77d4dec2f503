using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.WorkOrders;
using Dapper;
using Mediator;

namespace AfterSales.Application.WorkOrders.Parts;

/// <summary>
/// WO-11 (r2): for Finance and the Warehouse, every old part still to come back and the deposit owed for it, oldest
/// issue first, optionally one technician's.
/// </summary>
public sealed record ListOutstandingOldParts(Guid? TechnicianId, int Page = 1, int PageSize = 20) : IQuery<PagedList<OutstandingOldPart>>, IPagedQuery;

/// <summary>An old part not yet booked in: the order, its technician, the part, the deposit held and its age in company days since issue.</summary>
public sealed record OutstandingOldPart
{
    public required Guid WorkOrderId { get; init; }

    public required string Number { get; init; }

    public Guid? TechnicianId { get; init; }

    public string? TechnicianName { get; init; }

    public required Guid PartId { get; init; }

    public required string PartNumber { get; init; }

    public required string Name { get; init; }

    public required int Quantity { get; init; }

    public required decimal Deposit { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public required int AgeDays { get; init; }
}

public sealed class ListOutstandingOldPartsValidator : PagedQueryValidator<ListOutstandingOldParts>;

public sealed class ListOutstandingOldPartsHandler(IReadDatabase reads, CompanyCalendar calendar)
    : IQueryHandler<ListOutstandingOldParts, PagedList<OutstandingOldPart>>
{
    // The deposit is the whole line (WorkOrderMoney.Deposit) for exactly the parts the WHERE clause keeps.
    private const string Columns = """
        o.id AS WorkOrderId, o.number, o.technician_id AS TechnicianId, t.name AS TechnicianName, p.id AS PartId,
        p.part_number AS PartNumber, p.name, p.quantity, p.quantity * p.unit_price AS Deposit, p.issued_at AS IssuedAt,
        (@today::date - (p.issued_at AT TIME ZONE @zone)::date) AS AgeDays
        """;

    /// <summary>
    /// The parts holding a deposit (<see cref="WorkOrderMoney.Deposit"/>), written as literals so the planner matches
    /// the partial index that holds exactly them (<c>ix_work_order_parts_outstanding_old_parts</c>).
    /// </summary>
    public static readonly string DepositsHeld =
        $"p.old_part = '{OldPartState.Outstanding}' AND p.status IN ({string.Join(", ", WorkOrderMoney.StatusesCountingForMoney.Select(status => $"'{status}'"))})";

    public async ValueTask<PagedList<OutstandingOldPart>> Handle(ListOutstandingOldParts query, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(new
        {
            today = calendar.Today.ToDateTime(TimeOnly.MinValue),
            zone = calendar.TimeZone.Id,
        });

        var fromWhere = $"""
            FROM aftersales.work_order_parts p
            JOIN aftersales.work_orders o ON o.id = p.work_order_id
            LEFT JOIN aftersales.technicians t ON t.id = o.technician_id
            WHERE {DepositsHeld}
            """;
        if (query.TechnicianId is { } technicianId)
        {
            fromWhere += " AND o.technician_id = @technician";
            parameters.Add("technician", technicianId);
        }

        return await reads.ReadAsync(
            connection => connection.ReadPageAsync<OutstandingOldPart>(Columns, fromWhere, "ORDER BY p.issued_at, p.id", parameters, query, cancellationToken),
            cancellationToken);
    }
}
