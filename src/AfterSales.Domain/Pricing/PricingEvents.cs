using AfterSales.Domain.Common;

namespace AfterSales.Domain.Pricing;

public sealed record PartPriceSet(Guid PartPriceId, string PartNumber, decimal UnitPrice, bool HasRecoveryValue, DateOnly EffectiveFrom, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record LabourRateSet(Guid LabourRateId, string Service, decimal PerHour, DateOnly EffectiveFrom, DateTimeOffset OccurredAt) : IDomainEvent;
