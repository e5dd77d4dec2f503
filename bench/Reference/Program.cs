// The benchmark's reference: the least work each operation needs, on the same schema as AfterSales,
// over raw Npgsql. No EF Core, no mediator, no validation, no auth, no logging middleware.
using System.Globalization;
using System.Text.Json.Serialization;
using Npgsql;
using NpgsqlTypes;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ReferenceJson.Default));

var connectionString = builder.Configuration.GetConnectionString("AfterSales")
    ?? throw new InvalidOperationException("ConnectionStrings:AfterSales is required.");
await using var dataSource = NpgsqlDataSource.Create(connectionString);

var app = builder.Build();

const string Columns = "id, number, status, customer_id, equipment_id, zone, priority, channel, service_type, problem_description, received_at";

app.MapGet("/health", () => "ok");

app.MapPost("/work-orders", async (NewWorkOrder request, CancellationToken cancellationToken) =>
{
    var id = Guid.CreateVersion7();
    var now = DateTimeOffset.UtcNow;
    await using var command = dataSource.CreateCommand(
        """
        INSERT INTO aftersales.work_orders
            (id, number, status, channel, customer_id, equipment_id, zone, priority, service_type,
             problem_description, received_at, received_on, late_arrival, reopen_count, updated_at)
        VALUES ($1, 'WO-' || $2 || '-' || lpad(nextval('aftersales.work_order_number_seq')::text, 6, '0'),
                'Registered', $3, $4, $5, $6, $7, $8, $9, $10, $11, false, 0, $10)
        RETURNING number
        """);
    command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
    command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = now.Year.ToString(CultureInfo.InvariantCulture) });
    command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = request.Channel });
    command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = request.CustomerId });
    command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = request.EquipmentId });
    command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = request.Zone ?? "Urban" });
    command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = request.Priority });
    command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = request.ServiceType ?? "Paid" });
    command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = request.ProblemDescription });
    command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
    command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = DateOnly.FromDateTime(now.UtcDateTime) });
    var number = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    return Results.Created($"/work-orders/{id}", new WorkOrder(
        id, number, "Registered", request.CustomerId, request.EquipmentId, request.Zone ?? "Urban", request.Priority,
        request.Channel, request.ServiceType ?? "Paid", request.ProblemDescription, now));
});

app.MapGet("/work-orders/{id:guid}", async (Guid id, CancellationToken cancellationToken) =>
{
    await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM aftersales.work_orders WHERE id = $1");
    command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
    await using var reader = await command.ExecuteReaderAsync(cancellationToken);
    return await reader.ReadAsync(cancellationToken) ? Results.Ok(Read(reader)) : Results.NotFound();
});

// Keyset page of 20, newest first. The cursor is "<received_at ticks UTC>_<id>" of the last row seen.
app.MapGet("/work-orders", async (string status, string? after, CancellationToken cancellationToken) =>
{
    const int PageSize = 20;
    await using var command = dataSource.CreateCommand();
    command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = status });
    if (after is not null && TryParseCursor(after, out var afterAt, out var afterId))
    {
        command.CommandText =
            $"SELECT {Columns} FROM aftersales.work_orders WHERE status = $1 AND (received_at, id) < ($2, $3) ORDER BY received_at DESC, id DESC LIMIT {PageSize}";
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = afterAt, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = afterId });
    }
    else
    {
        command.CommandText = $"SELECT {Columns} FROM aftersales.work_orders WHERE status = $1 ORDER BY received_at DESC, id DESC LIMIT {PageSize}";
    }

    var items = new List<WorkOrder>(PageSize);
    await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
    {
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(Read(reader));
        }
    }

    var next = items.Count == PageSize
        ? string.Create(CultureInfo.InvariantCulture, $"{items[^1].ReceivedAt.UtcTicks}_{items[^1].Id}")
        : null;
    return Results.Ok(new Page(items, next));
});

app.Run();

static WorkOrder Read(NpgsqlDataReader reader) => new(
    reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetGuid(3), reader.GetGuid(4), reader.GetString(5),
    reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetString(9), reader.GetFieldValue<DateTimeOffset>(10));

static bool TryParseCursor(string cursor, out DateTimeOffset at, out Guid id)
{
    at = default;
    id = default;
    var parts = cursor.Split('_');
    if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || !Guid.TryParse(parts[1], out id))
    {
        return false;
    }

    at = new DateTimeOffset(ticks, TimeSpan.Zero);
    return true;
}

internal sealed record NewWorkOrder(
    Guid CustomerId, Guid EquipmentId, string ProblemDescription, string Priority, string Channel, string? Zone, string? ServiceType);

internal sealed record WorkOrder(
    Guid Id, string Number, string Status, Guid CustomerId, Guid EquipmentId, string Zone, string Priority, string Channel,
    string ServiceType, string ProblemDescription, DateTimeOffset ReceivedAt);

internal sealed record Page(IReadOnlyList<WorkOrder> Items, string? Next);

[JsonSerializable(typeof(NewWorkOrder))]
[JsonSerializable(typeof(WorkOrder))]
[JsonSerializable(typeof(Page))]
[JsonSerializable(typeof(string))]
internal sealed partial class ReferenceJson : JsonSerializerContext;
