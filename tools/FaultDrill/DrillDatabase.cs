using Npgsql;

namespace FaultDrill;

/// <summary>Straight SQL against the API's database: what is really there, independent of the API.</summary>
internal sealed class DrillDatabase(string connectionString)
{
    /// <summary>Every order is registered with all six service-level clocks (WO-6), in one transaction.</summary>
    private const int ClocksPerOrder = 6;

    public async Task<int> CountOrdersAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await ScalarAsync("SELECT count(*)::int FROM aftersales.work_orders WHERE id = ANY(@ids)", cancellationToken, ("ids", ids.ToArray()));

    /// <summary>Orders saved without their clocks, or with extra ones: a half-written aggregate.</summary>
    public Task<int> CountHalfWrittenOrdersAsync(CancellationToken cancellationToken) =>
        ScalarAsync(
            $"""
            SELECT count(*)::int FROM aftersales.work_orders o
            WHERE jsonb_array_length(o.clocks) <> {ClocksPerOrder}
            """,
            cancellationToken);

    /// <summary>Orders without the audit row of their creation: the audit shares the order's transaction.</summary>
    public Task<int> CountUnauditedOrdersAsync(CancellationToken cancellationToken) =>
        ScalarAsync(
            """
            SELECT count(*)::int FROM aftersales.work_orders o
            WHERE NOT EXISTS (
                SELECT 1 FROM aftersales.audit_entries a
                WHERE a.entity_ids @> ARRAY[o.id]
                  AND a.changes @> jsonb_build_array(jsonb_build_object('entityType', 'WorkOrder', 'entityId', o.id, 'action', 'Added')))
            """,
            cancellationToken);

    public Task<int> CountOrdersOfAsync(Guid customer, CancellationToken cancellationToken) =>
        ScalarAsync("SELECT count(*)::int FROM aftersales.work_orders WHERE customer_id = @customer", cancellationToken, ("customer", customer));

    public Task<int> CountDuplicateNumbersAsync(CancellationToken cancellationToken) =>
        ScalarAsync("SELECT (count(number) - count(DISTINCT number))::int FROM aftersales.work_orders", cancellationToken);

    public Task<int> CountOrdersDescribedAsAsync(string problem, CancellationToken cancellationToken) =>
        ScalarAsync("SELECT count(*)::int FROM aftersales.work_orders WHERE problem_description = @problem", cancellationToken, ("problem", problem));

    public Task<int> CountBreachedClocksAsync(IReadOnlyCollection<Guid> orders, string clock, CancellationToken cancellationToken) =>
        ScalarAsync(
            """
            SELECT count(*)::int FROM aftersales.work_orders o CROSS JOIN LATERAL jsonb_array_elements(o.clocks) AS c
            WHERE o.id = ANY(@orders) AND c->>'Name' = @clock AND c->>'State' = 'Breached'
            """,
            cancellationToken,
            ("orders", orders.ToArray()),
            ("clock", clock));

    /// <summary>Clocks of these orders whose breach was recorded more than once: two sweepers at work together.</summary>
    public Task<int> CountClocksBreachedTwiceAsync(IReadOnlyCollection<Guid> orders, CancellationToken cancellationToken) =>
        ScalarAsync(
            """
            SELECT count(*)::int FROM unnest(@orders) AS o(id)
            CROSS JOIN unnest(ARRAY['Dispatch', 'Contact', 'Plan', 'Arrival', 'Resolution', 'FollowUp']) AS clock(name)
            WHERE (SELECT count(*) FROM aftersales.audit_entries a
                   WHERE a.entity_ids @> ARRAY[o.id]
                     AND a.changes @> jsonb_build_array(jsonb_build_object(
                         'entityId', o.id,
                         'properties', jsonb_build_object('clocks[' || clock.name || '].state', jsonb_build_object('new', 'Breached'))))) > 1
            """,
            cancellationToken,
            ("orders", orders.ToArray()));

    /// <summary>Backends of this database waiting for a lock: requests the drill is holding up.</summary>
    public Task<int> CountLockWaitersAsync(CancellationToken cancellationToken) =>
        ScalarAsync(
            "SELECT count(*)::int FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
            cancellationToken);

    /// <summary>
    /// Locks the customer's row until the returned transaction ends: registering an order for that
    /// customer needs a key-share lock on it (the foreign key), so those requests wait in flight.
    /// </summary>
    public async Task<NpgsqlTransaction> HoldCustomerAsync(Guid customer, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1 FROM aftersales.customers WHERE id = @id FOR UPDATE", connection, transaction);
        command.Parameters.AddWithValue("id", customer);
        await command.ExecuteScalarAsync(cancellationToken);
        return transaction;
    }

    private async Task<int> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
