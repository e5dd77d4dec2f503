using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.WorkOrders;
using Dapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.Promises;

/// <summary>Why an order is on the Manager's daily list (WO-18).</summary>
public enum PromiseListReason
{
    /// <summary>Arrived on the day, not resolved by its end, and no resolution time promised by then.</summary>
    NoPromise,

    /// <summary>Its promised resolution time passed by the end of the day without a resolution.</summary>
    PromiseBroken,
}

/// <summary>One order on the Manager's daily list.</summary>
public sealed record PromiseListItem
{
    public required PromiseListReason Reason { get; init; }

    public required Guid WorkOrderId { get; init; }

    public required string Number { get; init; }

    public required WorkOrderStatus Status { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public Guid? TechnicianId { get; init; }

    public string? Team { get; init; }

    /// <summary>The promise in force, for <see cref="PromiseListReason.PromiseBroken"/>.</summary>
    public DateTimeOffset? PromisedResolutionAt { get; init; }
}

/// <summary>
/// WO-18, the Manager's daily list for working day <see cref="Date"/> (at its end, 17:30 by the working calendar): the
/// orders that arrived on it (after the previous working day ended, up to its end) not resolved by its end with no
/// promise recorded by then, and the orders whose promise in force fell due by its end unresolved and still were on it
/// (not resolved before the day began). Each order's reason says which; no-promise orders first, oldest first.
/// Asked before the day ends, it shows where things stand so far. A day that is not worked has none.
/// </summary>
public sealed record GetPromiseList(DateOnly? Date, int Page = 1, int PageSize = 20) : IQuery<PagedList<PromiseListItem>>, IPagedQuery;

public sealed class GetPromiseListValidator : PagedQueryValidator<GetPromiseList>
{
    public GetPromiseListValidator() =>
        RuleFor(query => query.Date).NotNull().InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2999, 12, 31));
}

public sealed class GetPromiseListHandler(IReadDatabase reads, SlaPolicy sla) : IQueryHandler<GetPromiseList, PagedList<PromiseListItem>>
{
    // An order resolved (any of its resolutions) or cancelled by a moment is settled by then; @day_end is when the list is drawn.
    private const string FromWhere = """
        FROM (
            SELECT 'NoPromise' AS reason, o.id, o.number, o.status, o.received_at, o.technician_id, o.team, NULL::timestamptz AS promised
            FROM aftersales.work_orders o
            WHERE o.received_at > @day_start AND o.received_at <= @day_end
              AND (o.cancelled_at IS NULL OR o.cancelled_at > @day_end)
              AND NOT EXISTS (SELECT 1 FROM aftersales.work_order_resolutions r WHERE r.work_order_id = o.id AND r.resolved_at <= @day_end)
              AND NOT EXISTS (SELECT 1 FROM aftersales.work_order_promises p WHERE p.work_order_id = o.id AND p.recorded_at <= @day_end)
            UNION ALL
            SELECT 'PromiseBroken', o.id, o.number, o.status, o.received_at, o.technician_id, o.team, o.promised_resolution_at
            FROM aftersales.work_orders o
            WHERE o.promised_resolution_at <= @day_end
              AND (o.cancelled_at IS NULL OR o.cancelled_at > GREATEST(o.promised_resolution_at, @day_start))
              AND NOT EXISTS (
                  SELECT 1 FROM aftersales.work_order_resolutions r
                  WHERE r.work_order_id = o.id
                    AND r.resolved_at >= (SELECT max(p.recorded_at) FROM aftersales.work_order_promises p WHERE p.work_order_id = o.id)
                    AND r.resolved_at <= GREATEST(o.promised_resolution_at, @day_start))
        ) listed
        """;

    private const string Columns = """
        reason AS Reason, id AS WorkOrderId, number AS Number, status AS Status, received_at AS ReceivedAt,
        technician_id AS TechnicianId, team AS Team, promised AS PromisedResolutionAt
        """;

    public async ValueTask<PagedList<PromiseListItem>> Handle(GetPromiseList query, CancellationToken cancellationToken)
    {
        var date = query.Date!.Value;
        if (sla.Calendar.EndOfWorkingDay(date) is not { } dayEnd)
        {
            return new PagedList<PromiseListItem>([], query.Page, query.PageSize, 0);
        }

        var parameters = new DynamicParameters(new { day_start = sla.Calendar.EndOfPreviousWorkingDay(date), day_end = dayEnd });
        return await reads.ReadAsync(
            connection => connection.ReadPageAsync<PromiseListItem>(Columns, FromWhere, "ORDER BY reason, received_at, number", parameters, query, cancellationToken),
            cancellationToken);
    }
}
