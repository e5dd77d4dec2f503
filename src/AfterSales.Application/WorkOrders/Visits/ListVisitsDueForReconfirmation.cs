using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using Dapper;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Visits;

/// <summary>
/// WO-20 (r2): visits whose window opens within [Sla:ReconfirmMinutes] from now and that nobody has reconfirmed yet,
/// soonest first: what the reminder will be sent for. A technician sees their own; a team lead their team's;
/// the desk every one.
/// </summary>
public sealed record ListVisitsDueForReconfirmation(int Page = 1, int PageSize = 20) : IQuery<PagedList<VisitDueForReconfirmation>>, IPagedQuery;

public sealed record VisitDueForReconfirmation(
    Guid WorkOrderId,
    string Number,
    Guid? TechnicianId,
    string? Team,
    DateTimeOffset AppointmentStart,
    DateTimeOffset AppointmentEnd);

public sealed class ListVisitsDueForReconfirmationValidator : PagedQueryValidator<ListVisitsDueForReconfirmation>;

public sealed class ListVisitsDueForReconfirmationHandler(IReadDatabase reads, WorkOrderAccess access, IOptions<SlaOptions> sla, TimeProvider clock)
    : IQueryHandler<ListVisitsDueForReconfirmation, PagedList<VisitDueForReconfirmation>>
{
    private const string Columns = """
        o.id AS WorkOrderId, o.number, o.technician_id AS TechnicianId, o.team,
        o.appointment_start AS AppointmentStart, o.appointment_end AS AppointmentEnd
        """;

    public async ValueTask<PagedList<VisitDueForReconfirmation>> Handle(ListVisitsDueForReconfirmation query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var parameters = new DynamicParameters(new { now, until = now.AddMinutes(sla.Value.ReconfirmMinutes) });
        // The status is a literal, so that the planner matches the partial index of unconfirmed visits.
        var fromWhere = """
            FROM aftersales.work_orders o
            WHERE o.status = 'Scheduled' AND o.appointment_reconfirmed_at IS NULL AND o.arrived_at IS NULL
              AND o.appointment_start > @now AND o.appointment_start <= @until
            """;
        if (await access.SqlConditionAsync(cancellationToken) is { } visible)
        {
            fromWhere += " AND " + visible.Condition;
            parameters.AddDynamicParams(visible.Parameters);
        }

        return await reads.ReadAsync(
            connection => connection.ReadPageAsync<VisitDueForReconfirmation>(
                Columns, fromWhere, "ORDER BY o.appointment_start, o.number", parameters, query, cancellationToken),
            cancellationToken);
    }
}
