using AfterSales.Domain.Common;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Inquiries;

/// <summary>IQ-1: someone checked the e-mail inbox or the web form for inquiries; a working day needs [Sla:Inquiry:MinimumCollectionRunsPerDay] of them.</summary>
public sealed class CollectionRun : AggregateRoot
{
    private CollectionRun()
        : base(Guid.Empty)
    {
        RecordedBy = null!;
    }

    private CollectionRun(Guid id)
        : base(id)
    {
        RecordedBy = null!;
    }

    public Channel Channel { get; private set; }

    /// <summary>When the run was made.</summary>
    public DateTimeOffset At { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>A run of one of the collected channels at <paramref name="at"/> (default now; a time a little ahead of the server's is taken as now).</summary>
    public static CollectionRun Record(Channel channel, DateTimeOffset? at, string recordedBy, TimeProvider clock)
    {
        if (!InquiryPolicy.CollectedChannels.Contains(channel))
        {
            throw new InvalidInputException("channel", $"IQ-1: only {string.Join(" and ", InquiryPolicy.CollectedChannels)} inquiries are collected in runs.");
        }

        var now = clock.GetUtcNow();
        var ranAt = (at ?? now).ToUniversalTime();
        var run = new CollectionRun(Guid.CreateVersion7())
        {
            Channel = channel,
            At = ranAt > now ? now : ranAt,
            RecordedBy = Require.Text(recordedBy, 100),
            RecordedAt = now,
        };
        run.Raise(new CollectionRunRecorded(run.Id, run.At, now));
        return run;
    }
}
