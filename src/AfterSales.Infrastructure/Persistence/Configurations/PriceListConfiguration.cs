using AfterSales.Domain.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class PartPriceConfiguration : IEntityTypeConfiguration<PartPrice>
{
    public void Configure(EntityTypeBuilder<PartPrice> builder)
    {
        builder.ToTable("part_prices");
        builder.HasKey(price => price.Id);
        builder.Property(price => price.Id).ValueGeneratedNever();
        builder.Property(price => price.Version).IsRowVersion();
        builder.Ignore(price => price.DomainEvents);

        builder.Property(price => price.PartNumber).HasMaxLength(PartPrice.PartNumberMaxLength).UseCollation(Collations.CaseInsensitive);
        builder.Property(price => price.Name).HasMaxLength(PartPrice.NameMaxLength);
        builder.Property(price => price.ProductLine).HasMaxLength(PartPrice.ProductLineMaxLength);
        builder.Property(price => price.RecordedBy).HasMaxLength(100);

        // PR-1: one price per part and day it takes effect; the lookup reads the latest on or before a day.
        builder.HasIndex(price => new { price.PartNumber, price.EffectiveFrom }).IsUnique().HasDatabaseName(UniqueConstraints.PartPriceOfDay);
    }
}

internal sealed class LabourRateConfiguration : IEntityTypeConfiguration<LabourRate>
{
    public void Configure(EntityTypeBuilder<LabourRate> builder)
    {
        builder.ToTable("labour_rates");
        builder.HasKey(rate => rate.Id);
        builder.Property(rate => rate.Id).ValueGeneratedNever();
        builder.Property(rate => rate.Version).IsRowVersion();
        builder.Ignore(rate => rate.DomainEvents);

        builder.Property(rate => rate.Service).HasMaxLength(LabourRate.ServiceMaxLength).UseCollation(Collations.CaseInsensitive);
        builder.Property(rate => rate.Name).HasMaxLength(LabourRate.NameMaxLength);
        builder.Property(rate => rate.RecordedBy).HasMaxLength(100);

        builder.HasIndex(rate => new { rate.Service, rate.EffectiveFrom }).IsUnique().HasDatabaseName(UniqueConstraints.LabourRateOfDay);
    }
}
