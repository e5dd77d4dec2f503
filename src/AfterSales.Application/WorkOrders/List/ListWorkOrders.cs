using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using System.Text.RegularExpressions;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Customers;
using AfterSales.Domain.WorkOrders;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.List;

/// <summary>
/// Orders newest first, by status, technician, service-level state, received time and (WO-1 r2) customer, zone,
/// priority, team and the start of the number, any combination (technicians: their own; team leads: their team's and
/// the unassigned, X-4). With <see cref="Cursor"/> (empty for the first page) the
/// list pages by keyset and counts nothing, so a page costs the same at any size of the table; without it, numbered
/// pages with the total count.
/// </summary>
public sealed record ListWorkOrders(
    WorkOrderStatus? Status,
    Guid? TechnicianId,
    SlaFilter? SlaState,
    DateTimeOffset? From,
    DateTimeOffset? To,
    Guid? CustomerId,
    Zone? Zone,
    Priority? Priority,
    string? Team,
    string? NumberPrefix,
    string? Cursor,
    int Page = 1,
    int PageSize = 20) : IQuery<PagedList<WorkOrderSummary>>, IPagedQuery;

public sealed partial class ListWorkOrdersValidator : PagedQueryValidator<ListWorkOrders>
{
    public ListWorkOrdersValidator()
    {
        RuleFor(query => query.Status).IsInEnum();
        RuleFor(query => query.SlaState).IsInEnum();
        RuleFor(query => query.To).GreaterThan(query => query.From).When(query => query.From is not null && query.To is not null);
        RuleFor(query => query.Cursor).MaximumLength(200);
        RuleFor(query => query.Zone).IsInEnum();
        RuleFor(query => query.Priority).IsInEnum();
        RuleFor(query => query.Team).MaximumLength(50);
        RuleFor(query => query.NumberPrefix)
            .Must(prefix => NumberPrefix().IsMatch(prefix!.Trim()))
            .When(query => !string.IsNullOrWhiteSpace(query.NumberPrefix))
            .WithMessage("The start of a work-order number: letters, digits and hyphens, up to 20, e.g. WO-2026-0001.");
    }

    /// <summary>What a number is made of (WO-1): the range condition of the list relies on it.</summary>
    [GeneratedRegex("^[A-Za-z0-9-]{1,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPrefix();
}

public sealed class ListWorkOrdersHandler(
    IStandbyReads reads,
    WorkOrderAccess access,
    ICurrentUser caller,
    IOptions<SlaOptions> sla,
    TimeProvider clock)
    : IQueryHandler<ListWorkOrders, PagedList<WorkOrderSummary>>
{
    private const string NewestFirst = "ORDER BY o.received_at DESC, o.number DESC";

    public async ValueTask<PagedList<WorkOrderSummary>> Handle(ListWorkOrders query, CancellationToken cancellationToken)
    {
        var (source, conditions, parameters) = await MatchingAsync(query, cancellationToken);
        if (query.Cursor is null)
        {
            var page = await reads.ReadAsync(
                connection => connection.ReadPageAsync<WorkOrderSummary>(WorkOrderSummary.Columns, FromWhere(source, conditions), NewestFirst, parameters, query, cancellationToken),
                cancellationToken);
            return page.Map(order => order.For(caller));
        }

        if (query.Cursor.Length > 0)
        {
            var after = WorkOrderCursor.Parse(query.Cursor);
            conditions.Add("(o.received_at, o.number) < (@after_received_at, @after_number)");
            parameters.Add("after_received_at", after.ReceivedAt);
            parameters.Add("after_number", after.Number);
        }

        // One row more than the page says whether there is a next page, without counting.
        parameters.Add("take", query.PageSize + 1);
        var sql = $"SELECT {WorkOrderSummary.Columns} {FromWhere(source, conditions)} {NewestFirst} LIMIT @take";
        var rows = (await reads.ReadAsync(
            connection => connection.QueryAsync<WorkOrderSummary>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)),
            cancellationToken)).AsList();
        var next = rows.Count > query.PageSize ? new WorkOrderCursor(rows[query.PageSize - 1].ReceivedAt, rows[query.PageSize - 1].Number).ToString() : null;
        return new PagedList<WorkOrderSummary>([.. rows.Take(query.PageSize).Select(order => order.For(caller))], null, query.PageSize, null, next);
    }

    /// <summary>
    /// The conditions of the filters given, and only those, so that every combination is a statement of its own that
    /// keeps its index; and the caller's sight.
    /// </summary>
    private async ValueTask<(string Source, List<string> Conditions, DynamicParameters Parameters)> MatchingAsync(ListWorkOrders query, CancellationToken cancellationToken)
    {
        var source = "aftersales.work_orders";
        List<string> conditions = [];
        var parameters = new DynamicParameters();
        void Add(string condition, string name, object value)
        {
            conditions.Add(condition);
            parameters.Add(name, value);
        }

        if (query.Status is { } status)
        {
            Add("o.status = @status", "status", status.ToString());
        }

        if (query.TechnicianId is { } technicianId)
        {
            Add("o.technician_id = @technician_id", "technician_id", technicianId);
        }

        if (query.CustomerId is { } customerId)
        {
            Add("o.customer_id = @customer_id", "customer_id", customerId);
        }

        if (query.Zone is { } zone)
        {
            Add("o.zone = @zone", "zone", zone.ToString());
        }

        if (query.Priority is { } priority)
        {
            Add("o.priority = @priority", "priority", priority.ToString());
        }

        if (!string.IsNullOrWhiteSpace(query.Team))
        {
            Add("o.team = @team", "team", query.Team.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.NumberPrefix))
        {
            // Numbers are upper-case letters, digits and hyphens compared byte by byte (collation "C"), so the numbers
            // starting with the prefix are those from the prefix up to the prefix followed by '~', which sorts after
            // every character a number has: a range on the number's unique index. The matches are read from it first
            // (OFFSET 0 keeps the planner from folding the subquery into the list) and the page sorted from them, so
            // the cost is that of the matches. Left to itself the planner walks the received-time index expecting
            // matches spread evenly, but a prefix picks one stretch of registrations (numbers rise with them), and an
            // older stretch would then cost reading every newer order first.
            var prefix = query.NumberPrefix.Trim().ToUpperInvariant();
            source = "(SELECT * FROM aftersales.work_orders WHERE number >= @number_from AND number < @number_to OFFSET 0)";
            parameters.Add("number_from", prefix);
            parameters.Add("number_to", prefix + "~");
        }

        if (await access.SqlConditionAsync(cancellationToken) is { } visible)
        {
            conditions.Add(visible.Condition);
            parameters.AddDynamicParams(visible.Parameters);
        }

        if (query.From is { } from)
        {
            Add("o.received_at >= @from", "from", from.ToUniversalTime());
        }

        if (query.To is { } to)
        {
            Add("o.received_at < @to", "to", to.ToUniversalTime());
        }

        if (query.SlaState is SlaFilter.Breached or SlaFilter.Overdue)
        {
            // A literal, not a parameter, so the planner matches the list's partial index.
            conditions.Add($"o.worst_clock_state = '{query.SlaState}'");
        }

        if (query.SlaState == SlaFilter.AtRisk)
        {
            Add(
                "o.next_clock_deadline <= @due_by",
                "due_by",
                clock.GetUtcNow().AddHours(sla.Value.AtRiskHours));
        }

        return (source, conditions, parameters);
    }

    private static string FromWhere(string source, List<string> conditions) =>
        $"FROM {source} o" + (conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions));
}
