namespace AfterSales.Domain.Assessments;

/// <summary>How many of how many: the raw figures of one performance metric, gathered from the month's data.</summary>
public sealed record MetricCount(int Count, int OutOf);

/// <summary>The month's figures for AS-1's four performance metrics; the application documents how each is counted.</summary>
public sealed record PerformanceCounts(MetricCount Satisfaction, MetricCount Resolution, MetricCount Timeliness, MetricCount Quality);

/// <summary>[Assessment:Performance] — the points each metric is worth (10 each, 40 together).</summary>
public sealed record PerformanceWeights(int Satisfaction, int Resolution, int Timeliness, int Quality);

/// <summary>
/// One performance metric of AS-1 with the figures behind it, so the points can be explained. The
/// rate (capped at 1) is scaled linearly to the weight and rounded to whole points, half away from
/// zero (7.5 → 8). A month without data for the metric scores it in full (<see cref="NoData"/>).
/// </summary>
public sealed class PerformanceMetric
{
    private PerformanceMetric()
    {
    }

    internal PerformanceMetric(MetricCount counted, int weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(counted.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(counted.OutOf);
        ArgumentOutOfRangeException.ThrowIfNegative(weight);
        Count = counted.Count;
        OutOf = counted.OutOf;
        Weight = weight;
    }

    public int Count { get; private set; }

    public int OutOf { get; private set; }

    /// <summary>The points the metric is worth, as configured when it was computed.</summary>
    public int Weight { get; private set; }

    public bool NoData => OutOf == 0;

    /// <summary>Count ÷ OutOf, at most 1 (more orders resolved than assigned in a month is a full rate); null without data.</summary>
    public decimal? Rate => NoData ? null : (decimal)Counted / OutOf;

    public int Score => NoData ? Weight : (int)decimal.Round(Weight * (decimal)Counted / OutOf, MidpointRounding.AwayFromZero);

    private int Counted => Math.Min(Count, OutOf);

    /// <summary>Whether the rate reaches <paramref name="percent"/> exactly, without rounding (AS-7's thresholds).</summary>
    public bool Reaches(int percent) => !NoData && Counted * 100L >= percent * (long)OutOf;
}

/// <summary>AS-1's performance part (40 points), computed from the month's data at <see cref="ComputedAt"/>.</summary>
public sealed class Performance
{
    private Performance()
    {
        Satisfaction = null!;
        Resolution = null!;
        Timeliness = null!;
        Quality = null!;
    }

    private Performance(PerformanceCounts counts, PerformanceWeights weights, DateTimeOffset computedAt)
    {
        Satisfaction = new PerformanceMetric(counts.Satisfaction, weights.Satisfaction);
        Resolution = new PerformanceMetric(counts.Resolution, weights.Resolution);
        Timeliness = new PerformanceMetric(counts.Timeliness, weights.Timeliness);
        Quality = new PerformanceMetric(counts.Quality, weights.Quality);
        ComputedAt = computedAt;
    }

    public PerformanceMetric Satisfaction { get; private set; }

    public PerformanceMetric Resolution { get; private set; }

    public PerformanceMetric Timeliness { get; private set; }

    public PerformanceMetric Quality { get; private set; }

    public DateTimeOffset ComputedAt { get; private set; }

    public int Total => Satisfaction.Score + Resolution.Score + Timeliness.Score + Quality.Score;

    /// <summary>The performance part from its figures: as computed at the month's end, or as stored (reports read just the figures).</summary>
    public static Performance From(PerformanceCounts counts, PerformanceWeights weights, DateTimeOffset computedAt) => new(counts, weights, computedAt);
}
