namespace AfterSales.Domain.ServiceLevels;

/// <summary>
/// Where an aggregate's clocks stand: the next deadline a running clock can miss (an overdue one's final deadline), and the worst state of the clocks
/// that count. Kept beside the clocks in plain indexed columns, so the sweeper (WO-8) and the at-risk and breached
/// lists find their orders through an index instead of reading every order's clocks.
/// </summary>
public sealed record SlaStanding(DateTimeOffset? NextDeadline, SlaState WorstState)
{
    public static readonly SlaStanding None = new(null, SlaState.NotApplicable);

    /// <summary>The standing of <paramref name="clocks"/>: those that count, without earlier rounds that have ended.</summary>
    public static SlaStanding Of(IEnumerable<SlaClock> clocks)
    {
        var standing = None;
        foreach (var clock in clocks)
        {
            var nextDeadline = clock.NextJudgement is { } next && (standing.NextDeadline is null || next < standing.NextDeadline)
                ? next
                : standing.NextDeadline;
            var state = clock.StartedAt is null ? SlaState.NotApplicable : clock.State;
            standing = new SlaStanding(nextDeadline, Severity(state) > Severity(standing.WorstState) ? state : standing.WorstState);
        }

        return standing;
    }

    /// <summary>Breached is worse than overdue, overdue worse than pending, pending worse than met; a clock that does not apply or has not started counts least.</summary>
    private static int Severity(SlaState state) => state switch
    {
        SlaState.Breached => 4,
        SlaState.Overdue => 3,
        SlaState.Pending => 2,
        SlaState.Met => 1,
        _ => 0,
    };
}
