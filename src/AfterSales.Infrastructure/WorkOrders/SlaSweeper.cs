using AfterSales.Application.Abstractions;
using AfterSales.Application.WorkOrders;
using AfterSales.Infrastructure.BackgroundJobs;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AfterSales.Infrastructure.WorkOrders;

/// <summary>
/// WO-17, WO-8: marks running clocks of work orders, inquiries (IQ-1) and parts-replacement requests (PS-1) and parts orders' payment confirmations (PR-2) past their deadline overdue, and breached once past their final deadline
/// (an office clock at once, a field clock after the sync grace), through the aggregate so each breach
/// is recorded once, raises its event and leaves an audit row. A transaction-scoped advisory lock
/// lets only one API instance sweep at a time; the others skip the round.
/// </summary>
public sealed partial class SlaSweeper(IServiceScopeFactory scopes, IOptions<SlaOptions> options, TimeProvider clock, ILogger<SlaSweeper> logger)
    : PeriodicJob("SLA sweep", logger)
{
    private const long AdvisoryLockKey = 0x5_1A_5EE9;
    private const int BatchSize = 200;

    /// <summary>One sweep of work orders, inquiries (IQ-1) and parts-replacement requests (PS-1): how many of each had a clock judged late.</summary>
    public async Task<SlaSweepResult> SweepOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AfterSalesDbContext>();
        var transactions = scope.ServiceProvider.GetRequiredService<ITransactionRunner>();
        return await transactions.RunAsync(
            "SlaSweep",
            async token =>
            {
                if (!await db.Database.TryLockForTransactionAsync(AdvisoryLockKey, token))
                {
                    return SlaSweepResult.None;
                }

                var now = clock.GetUtcNow();
                var overdue = await db.WorkOrders
                    .Where(order => order.NextClockDeadline < now)
                    .OrderBy(order => order.NextClockDeadline)
                    .Take(BatchSize)
                    .ToListAsync(token);
                foreach (var order in overdue)
                {
                    order.DetectBreaches(now);
                }

                // IQ-1: an inquiry's first response runs on the same clocks, found the same way.
                var lateInquiries = await db.Inquiries
                    .Where(inquiry => inquiry.NextClockDeadline < now)
                    .OrderBy(inquiry => inquiry.NextClockDeadline)
                    .Take(BatchSize)
                    .ToListAsync(token);
                foreach (var inquiry in lateInquiries)
                {
                    inquiry.DetectBreaches(now);
                }

                // PS-1: a parts-replacement request's response and ship clocks too.
                var lateReplacements = await db.PartsReplacementRequests
                    .Where(request => request.NextClockDeadline < now)
                    .OrderBy(request => request.NextClockDeadline)
                    .Take(BatchSize)
                    .ToListAsync(token);
                foreach (var request in lateReplacements)
                {
                    request.DetectBreaches(now);
                }

                // PR-2: a parts-only order's payment confirmation too.
                var lateConfirmations = await db.PartsOrders
                    .Where(order => order.NextClockDeadline < now)
                    .OrderBy(order => order.NextClockDeadline)
                    .Take(BatchSize)
                    .ToListAsync(token);
                foreach (var order in lateConfirmations)
                {
                    order.DetectBreaches(now);
                }

                return new SlaSweepResult(overdue.Count, lateInquiries.Count, lateReplacements.Count, lateConfirmations.Count);
            },
            cancellationToken);
    }

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.SweepIntervalSeconds);

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        SlaSweepResult judged;
        do
        {
            judged = await SweepOnceAsync(cancellationToken);
            if (judged.JudgedAny)
            {
                LogSwept(logger, judged.WorkOrders, judged.Inquiries, judged.PartsReplacements, judged.PartsOrders);
            }
        }
        while (judged.FilledBatch(BatchSize));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SLA sweep judged late clocks on {WorkOrders} work orders, {Inquiries} inquiries, {PartsReplacements} parts-replacement requests and {PartsOrders} parts orders")]
    private static partial void LogSwept(ILogger logger, int workOrders, int inquiries, int partsReplacements, int partsOrders);
}
