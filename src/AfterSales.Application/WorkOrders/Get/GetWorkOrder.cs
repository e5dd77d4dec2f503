using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.WorkOrders;
using Dapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.Get;

public sealed record GetWorkOrder(Guid Id) : IQuery<WorkOrderResponse>;

/// <summary>WO-1 (r2): the order the customer quotes by its number, e.g. <c>WO-2026-000017</c> (any case).</summary>
public sealed record GetWorkOrderByNumber(string Number) : IQuery<WorkOrderResponse>;

public sealed class GetWorkOrderByNumberValidator : AbstractValidator<GetWorkOrderByNumber>
{
    public GetWorkOrderByNumberValidator() => RuleFor(query => query.Number).NotEmpty().MaximumLength(30);
}

/// <summary>WO-6: the order's six clocks, and (WO-13 r2) the earlier rounds of those a reopening ran again.</summary>
public sealed record GetWorkOrderSla(Guid Id) : IQuery<IReadOnlyList<SlaClockResponse>>;

/// <summary>Both read with SQL (<see cref="WorkOrderReader"/>); another technician's order is not found .</summary>
public sealed class GetWorkOrderHandlers(WorkOrderReader reader, IReadDatabase reads, WorkOrderAccess access, WorkOrderResponses responses)
    : IQueryHandler<GetWorkOrder, WorkOrderResponse>,
      IQueryHandler<GetWorkOrderByNumber, WorkOrderResponse>,
      IQueryHandler<GetWorkOrderSla, IReadOnlyList<SlaClockResponse>>
{
    public async ValueTask<WorkOrderResponse> Handle(GetWorkOrder query, CancellationToken cancellationToken) =>
        await VisibleAsync(query.Id, cancellationToken) ?? throw new NotFoundException(nameof(WorkOrder), query.Id);

    public async ValueTask<WorkOrderResponse> Handle(GetWorkOrderByNumber query, CancellationToken cancellationToken)
    {
        var number = query.Number.Trim().ToUpperInvariant();
        var id = await reads.ReadAsync(
            connection => connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
                "SELECT id FROM aftersales.work_orders WHERE number = @number", new { number }, cancellationToken: cancellationToken)),
            cancellationToken);
        return (id is { } found ? await VisibleAsync(found, cancellationToken) : null) ?? throw new NotFoundException(nameof(WorkOrder), number);
    }

    public async ValueTask<IReadOnlyList<SlaClockResponse>> Handle(GetWorkOrderSla query, CancellationToken cancellationToken)
    {
        var clocks = await reads.ReadAsync(
            connection => connection.QueryAsync<ClockRow>(new CommandDefinition(
                """
                SELECT o.technician_id AS TechnicianId, o.team AS Team, c."Name" AS Name, c."StartedAt" AS StartedAt, c."Deadline" AS Deadline,
                       c."StoppedAt" AS StoppedAt, c."State" AS State, c."Round" AS Round, c."Provisional" AS Provisional
                FROM aftersales.work_orders o
                CROSS JOIN LATERAL jsonb_to_recordset(o.clocks)
                    AS c("Name" text, "StartedAt" timestamptz, "Deadline" timestamptz, "StoppedAt" timestamptz, "State" text,
                         "Round" int, "Provisional" boolean)
                WHERE o.id = @id
                """,
                new { id = query.Id },
                cancellationToken: cancellationToken)),
            cancellationToken);
        var rows = clocks.AsList();
        if (rows.Count == 0 || !await access.SeesAsync(rows[0].TechnicianId, rows[0].Team, cancellationToken))
        {
            throw new NotFoundException(nameof(WorkOrder), query.Id);
        }

        return [.. rows.OrderBy(row => row.Name).ThenBy(row => row.Round).Select(row => row.ToResponse())];
    }

    /// <summary>The order as the caller sees it, or null when there is none or it is out of their sight .</summary>
    private async Task<WorkOrderResponse?> VisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        var order = await reader.ReadAsync(id, cancellationToken);
        return order is not null && await access.SeesAsync(order.TechnicianId, order.Team, cancellationToken)
            ? await responses.ForCallerAsync(order, cancellationToken)
            : null;
    }

    private sealed record ClockRow
    {
        public Guid? TechnicianId { get; init; }

        public string? Team { get; init; }

        public SlaClockName Name { get; init; }

        public DateTimeOffset? StartedAt { get; init; }

        public DateTimeOffset? Deadline { get; init; }

        public DateTimeOffset? StoppedAt { get; init; }

        public SlaState State { get; init; }

        public int Round { get; init; }

        public bool Provisional { get; init; }

        public SlaClockResponse ToResponse() => new(SlaClockResponse.NameOf(Name), StartedAt, Deadline, StoppedAt, State) { Round = Round, Provisional = Provisional };
    }
}
