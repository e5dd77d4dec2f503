using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Reminders;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Renewals;
using AfterSales.Infrastructure.BackgroundJobs;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AfterSales.Infrastructure.Customers;

/// <summary>
/// CU-3 (r2): opens a renewal task for every maintenance contract that has entered the renewal window and has none for
/// its end date yet. A transaction-scoped advisory lock lets one API instance open tasks at a time; the unique index on
/// machine and contract end date makes a task once even if two rounds overlapped anyway.
/// </summary>
public sealed partial class RenewalTaskOpener(
    IServiceScopeFactory scopes,
    IOptions<ReminderOptions> options,
    CompanyCalendar calendar,
    TimeProvider clock,
    ILogger<RenewalTaskOpener> logger)
    : PeriodicJob("Renewal task opening", logger)
{
    private const long AdvisoryLockKey = 0x5_C0_3E;
    private const int BatchSize = 200;

    /// <summary>One batch; returns how many tasks were opened, or 0 when another instance holds the lock.</summary>
    public async Task<int> OpenDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AfterSalesDbContext>();
        var transactions = scope.ServiceProvider.GetRequiredService<ITransactionRunner>();
        return await transactions.RunAsync(
            "RenewalTasks",
            async token =>
            {
                if (!await db.Database.TryLockForTransactionAsync(AdvisoryLockKey, token))
                {
                    return 0;
                }

                var today = calendar.Today;
                var windowDays = options.Value.ContractExpiryDays;
                var due = await db.Equipment
                    .Where(ReminderRules.ContractEndingWithin(today, windowDays))
                    .Where(equipment => !db.RenewalTasks.Any(task => task.EquipmentId == equipment.Id && task.ContractEndsOn == equipment.ContractEndsOn))
                    .OrderBy(equipment => equipment.ContractEndsOn)
                    .Select(equipment => new { equipment.Id, equipment.CustomerId })
                    .Take(BatchSize)
                    .ToListAsync(token);
                var customerIds = due.Select(equipment => equipment.CustomerId).Distinct().ToList();
                var customers = await db.Customers.Where(customer => customerIds.Contains(customer.Id)).ToDictionaryAsync(customer => customer.Id, token);
                foreach (var equipment in due)
                {
                    var customer = customers[equipment.CustomerId];
                    db.RenewalTasks.Add(RenewalTask.Open(customer, customer.Equipment.Single(item => item.Id == equipment.Id), today, windowDays, clock));
                }

                return due.Count;
            },
            cancellationToken);
    }

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.RenewalTaskIntervalSeconds);

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        int opened;
        do
        {
            opened = await OpenDueAsync(cancellationToken);
            if (opened > 0)
            {
                LogOpened(logger, opened);
            }
        }
        while (opened == BatchSize); // A full batch means more may be waiting.
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Opened {Count} contract renewal tasks")]
    private static partial void LogOpened(ILogger logger, int count);
}
