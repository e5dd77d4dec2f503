using AfterSales.Domain.Common;

namespace AfterSales.Domain.Pricing;

/// <summary>
/// PR-1 (r2): Finance's hourly labour rate for one kind of service (an on-site repair, a workshop repair, an
/// installation…), from a date on. Services are codes Finance chooses, so a new kind of work needs no release.
/// </summary>
public sealed class LabourRate : AggregateRoot
{
    public const int ServiceMaxLength = 50;
    public const int NameMaxLength = 200;

    private LabourRate()
        : base(Guid.Empty)
    {
        Service = null!;
        Name = null!;
        RecordedBy = null!;
    }

    private LabourRate(Guid id, string service, string name, decimal perHour, DateOnly effectiveFrom, string recordedBy, DateTimeOffset recordedAt)
        : base(id)
    {
        Service = Require.Text(service, ServiceMaxLength);
        Name = Require.Text(name, NameMaxLength);
        PerHour = Money.NonNegative(perHour, nameof(perHour));
        EffectiveFrom = effectiveFrom;
        RecordedBy = Require.Text(recordedBy, 100);
        RecordedAt = recordedAt;
    }

    /// <summary>The code quotes name, e.g. <c>OnSiteRepair</c>.</summary>
    public string Service { get; private set; }

    public string Name { get; private set; }

    public decimal PerHour { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static LabourRate Set(string service, string name, decimal perHour, DateOnly effectiveFrom, string recordedBy, TimeProvider clock)
    {
        var rate = new LabourRate(Guid.CreateVersion7(), service, name, perHour, effectiveFrom, recordedBy, clock.GetUtcNow());
        rate.Raise(new LabourRateSet(rate.Id, rate.Service, rate.PerHour, rate.EffectiveFrom, rate.RecordedAt));
        return rate;
    }

    /// <summary>PR-1: Finance sets a service's hourly rate from today or a later company day, never back-dated (<see cref="PriceListRules"/>).</summary>
    public static LabourRate Schedule(string service, string name, decimal perHour, DateOnly effectiveFrom, DateOnly today, string recordedBy, TimeProvider clock)
    {
        PriceListRules.EnsureNotBackDated(effectiveFrom, today);
        return Set(service, name, perHour, effectiveFrom, recordedBy, clock);
    }
}
