using System.Data;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Security;
using AfterSales.Application.WorkOrders.Get;
using Dapper;
using Mediator;

namespace AfterSales.Application.WorkOrders.Changes;

/// <summary>X-8: what changed in the signed-in technician's work since <see cref="Since"/>; without it, all their open orders.</summary>
public sealed record GetChanges(string? Since) : IQuery<ChangesResponse>;

/// <summary>
/// Finds the changed orders and the departures with SQL on the primary (a standby lags behind the writes its snapshot
/// would be compared with), in one repeatable-read transaction whose snapshot becomes the next token, then answers each
/// order exactly as <c>GET /work-orders/{id}</c> does for this caller, so the feed and the single read never differ. An
/// order changed after the snapshot and before its body is read comes back again next time, which is harmless.
/// </summary>
public sealed class GetChangesHandler(IReadDatabase reads, WorkOrderReader reader, WorkOrderResponses responses, ICurrentUser caller) : IQueryHandler<GetChanges, ChangesResponse>
{
    private const string Snapshot = "SELECT pg_current_snapshot()::text;";

    private const string OpenOrders = Snapshot + WorkOrderReader.OpenOrderIdsOfTechnician;

    // Written by a transaction the last snapshot could not see; the range on the xid lets the index find them. A cancelled
    // order is answered by its tombstone only; a closed one by its last representation, so the app sees it close.
    private const string ChangedSince = Snapshot + """
        SELECT id FROM aftersales.work_orders
        WHERE technician_id = @technician AND change_xid >= pg_snapshot_xmin(@since::pg_snapshot)
          AND NOT pg_visible_in_snapshot(change_xid, @since::pg_snapshot) AND status <> 'Cancelled'
        ORDER BY change_xid, id;
        SELECT work_order_id AS Id, reason AS Reason FROM aftersales.work_order_departures
        WHERE technician_id = @technician AND change_xid >= pg_snapshot_xmin(@since::pg_snapshot)
          AND NOT pg_visible_in_snapshot(change_xid, @since::pg_snapshot)
        ORDER BY change_xid, id;
        """;

    public async ValueTask<ChangesResponse> Handle(GetChanges query, CancellationToken cancellationToken)
    {
        var technicianId = caller.TechnicianId
            ?? throw new ForbiddenException("X-8: the change feed is a technician's own work, and the signed-in user is not linked to a technician.");
        var holder = ChangeToken.HolderOf(caller.UserName, technicianId);
        var since = query.Since is null ? (ChangeToken?)null : ChangeToken.Parse(query.Since, holder);
        var (snapshot, changedIds, departures) = await reads.ReadAsync(
            async connection =>
            {
                // One snapshot for the token and the rows, so that nothing falls between them.
                await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
                await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
                    since is null ? OpenOrders : ChangedSince,
                    new { technician = technicianId, since = since?.Snapshot },
                    transaction,
                    cancellationToken: cancellationToken));
                var taken = await results.ReadSingleAsync<string>();
                var ids = (await results.ReadAsync<Guid>()).AsList();
                var left = since is null ? [] : (await results.ReadAsync<DepartureRow>()).Select(row => new TombstoneResponse(row.Id, row.Reason)).ToList();
                return (taken, ids, left);
            },
            cancellationToken);

        // An order reassigned away since the snapshot is left out: the snapshot did not see that departure, so the next
        // sync brings its tombstone.
        var orders = await responses.ForCallerAsync(await reader.ReadAssignedAsync(changedIds, technicianId, cancellationToken), cancellationToken);

        // An order that left and came back is answered by what it is now; of several departures, the latest says why.
        var answered = orders.Select(order => order.Id).ToHashSet();
        var tombstones = departures.Where(tombstone => !answered.Contains(tombstone.Id)).GroupBy(tombstone => tombstone.Id).Select(group => group.Last()).ToList();
        return new ChangesResponse(orders, tombstones, new ChangeToken(holder, snapshot).ToString());
    }

    private sealed record DepartureRow
    {
        public Guid Id { get; init; }

        public TombstoneReason Reason { get; init; }
    }
}
