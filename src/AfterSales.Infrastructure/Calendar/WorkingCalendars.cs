using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Time;
using AfterSales.Application.WorkOrders;
using AfterSales.Domain.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AfterSales.Infrastructure.Calendar;

/// <summary>
/// WO-7 (r2): the calendar in memory, as immutable snapshots swapped whole. It is read on first use, again by the
/// instance that changed it as soon as the change has committed, and by every instance when PostgreSQL delivers the
/// change's <c>NOTIFY</c> (sent in the change's transaction, so only a committed change is announced). The listener
/// reads the table again whenever it (re)connects, so a change announced while it was away is not missed.
/// </summary>
internal sealed partial class WorkingCalendars(string connectionString, IOptions<SlaOptions> sla, CompanyCalendar company, ILogger<WorkingCalendars> logger)
    : BackgroundService, IWorkingCalendars
{
    /// <summary>The channel a committed change is announced on.</summary>
    public const string Channel = "aftersales_calendar";

    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(5);

    // One read at a time, so a read that began earlier can never replace the snapshot of one that began later.
    private readonly Lock reading = new();
    private volatile Snapshot? current;

    public WorkingCalendar Current => (current ?? Load()).Calendar;

    public IReadOnlySet<int> YearsWithHolidays => (current ?? Load()).YearsWithHolidays;

    public Task ReloadAsync(CancellationToken cancellationToken) => Task.Run(Load, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A dedicated connection: LISTEN belongs to a session, and pooled connections are returned without a reset.
        var listening = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(listening);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                await ReloadAsync(stoppingToken);
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                    await ReloadAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database away or restarting: the last snapshot serves until the listener is back.
                LogListeningFailed(logger, ReconnectDelay.TotalSeconds, exception);
            }

            await Task.Delay(ReconnectDelay, stoppingToken);
        }
    }

    private Snapshot Load()
    {
        lock (reading)
        {
            var holidays = new List<DateOnly>();
            var makeUpWorkingDays = new List<DateOnly>();
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT date, kind FROM aftersales.calendar_days", connection);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var date = reader.GetFieldValue<DateOnly>(0);
                (Enum.Parse<CalendarDayKind>(reader.GetString(1)) == CalendarDayKind.Holiday ? holidays : makeUpWorkingDays).Add(date);
            }

            var snapshot = new Snapshot(
                sla.Value.WorkingHours.Calendar(company.TimeZone, holidays, makeUpWorkingDays),
                holidays.Select(day => day.Year).ToHashSet());
            current = snapshot;
            return snapshot;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for working-calendar changes failed; trying again in {Seconds} s")]
    private static partial void LogListeningFailed(ILogger logger, double seconds, Exception exception);

    private sealed record Snapshot(WorkingCalendar Calendar, IReadOnlySet<int> YearsWithHolidays);
}
