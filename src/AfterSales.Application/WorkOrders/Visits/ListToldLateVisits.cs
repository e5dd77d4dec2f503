using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using Dapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.Visits;

/// <summary>
/// WO-20 (r2): visits moved with the customer told only after the original window had opened, moved in
/// [<see cref="From"/>, <see cref="To"/>), newest first; for the team lead (their team's, X-4) and the managers.
/// </summary>
public sealed record ListToldLateVisits(DateTimeOffset? From, DateTimeOffset? To, int Page = 1, int PageSize = 20)
    : IQuery<PagedList<ToldLateVisit>>, IPagedQuery;

public sealed record ToldLateVisit(
    Guid WorkOrderId,
    string Number,
    Guid? TechnicianId,
    string? Team,
    DateTimeOffset PreviousStart,
    DateTimeOffset PreviousEnd,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Reason,
    DateTimeOffset CustomerToldAt,
    DateTimeOffset MovedAt);

public sealed class ListToldLateVisitsValidator : PagedQueryValidator<ListToldLateVisits>
{
    public ListToldLateVisitsValidator() =>
        RuleFor(query => query.To).GreaterThan(query => query.From).When(query => query.From is not null && query.To is not null);
}

public sealed class ListToldLateVisitsHandler(IReadDatabase reads, WorkOrderAccess access)
    : IQueryHandler<ListToldLateVisits, PagedList<ToldLateVisit>>
{
    private const string Columns = """
        o.id AS WorkOrderId, o.number, o.technician_id AS TechnicianId, o.team,
        m.previous_start AS PreviousStart, m.previous_end AS PreviousEnd, m.start, m."end", m.reason,
        m.customer_told_at AS CustomerToldAt, m.moved_at AS MovedAt
        """;

    public async ValueTask<PagedList<ToldLateVisit>> Handle(ListToldLateVisits query, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        var fromWhere = """
            FROM aftersales.work_order_visit_moves m JOIN aftersales.work_orders o ON o.id = m.work_order_id
            WHERE m.told_late
            """;
        if (query.From is { } from)
        {
            fromWhere += " AND m.moved_at >= @from";
            parameters.Add("from", from.ToUniversalTime());
        }

        if (query.To is { } to)
        {
            fromWhere += " AND m.moved_at < @to";
            parameters.Add("to", to.ToUniversalTime());
        }

        if (await access.SqlConditionAsync(cancellationToken) is { } visible)
        {
            fromWhere += " AND " + visible.Condition;
            parameters.AddDynamicParams(visible.Parameters);
        }

        return await reads.ReadAsync(
            connection => connection.ReadPageAsync<ToldLateVisit>(Columns, fromWhere, "ORDER BY m.moved_at DESC, m.id DESC", parameters, query, cancellationToken),
            cancellationToken);
    }
}
