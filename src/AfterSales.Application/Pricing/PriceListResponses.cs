using AfterSales.Domain.Pricing;

namespace AfterSales.Application.Pricing;

/// <summary>PR-1: one line of the price list, a part's unit price from a day on.</summary>
public sealed record PartPriceResponse
{
    public required Guid Id { get; init; }

    public required string PartNumber { get; init; }

    public required string Name { get; init; }

    public required decimal UnitPrice { get; init; }

    public required string ProductLine { get; init; }

    /// <summary>WO-11 (r2): the old part is worth recovering, so it is never waived automatically.</summary>
    public required bool HasRecoveryValue { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public required string RecordedBy { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public static PartPriceResponse From(PartPrice price) => new()
    {
        Id = price.Id,
        PartNumber = price.PartNumber,
        Name = price.Name,
        UnitPrice = price.UnitPrice,
        ProductLine = price.ProductLine,
        HasRecoveryValue = price.HasRecoveryValue,
        EffectiveFrom = price.EffectiveFrom,
        RecordedBy = price.RecordedBy,
        RecordedAt = price.RecordedAt,
    };
}

/// <summary>PR-1: one labour rate, a service's price per hour from a day on.</summary>
public sealed record LabourRateResponse
{
    public required Guid Id { get; init; }

    public required string Service { get; init; }

    public required string Name { get; init; }

    public required decimal PerHour { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public required string RecordedBy { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public static LabourRateResponse From(LabourRate rate) => new()
    {
        Id = rate.Id,
        Service = rate.Service,
        Name = rate.Name,
        PerHour = rate.PerHour,
        EffectiveFrom = rate.EffectiveFrom,
        RecordedBy = rate.RecordedBy,
        RecordedAt = rate.RecordedAt,
    };
}
