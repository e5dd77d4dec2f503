using AfterSales.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.ToTable("work_order_quotes");
        builder.Property(quote => quote.Id).ValueGeneratedNever();
        builder.HasIndex("WorkOrderId", nameof(Quote.Number)).IsUnique().HasDatabaseName(UniqueConstraints.QuoteNumber);

        // WO-12 (r2): a technician's discounts accepted in a week are counted by this index, across all orders.
        builder.HasIndex(quote => new { quote.TechnicianId, quote.AcceptedAt }).HasFilter("discount_percent > 0 AND accepted_at IS NOT NULL");
        builder.Property(quote => quote.DiscountPercent).HasPrecision(5, 2);
        builder.Property(quote => quote.DiscountReason).HasMaxLength(QuoteLine.ReasonMaxLength);
        builder.Property(quote => quote.DiscountApprovedBy).HasMaxLength(100);
        builder.Property(quote => quote.ProposedBy).HasMaxLength(100);
        builder.Property(quote => quote.AcceptedBy).HasMaxLength(100);
        builder.Ignore(quote => quote.Labour);
        builder.Ignore(quote => quote.Parts);
        builder.Ignore(quote => quote.Discount);
        builder.Ignore(quote => quote.Total);
        builder.Ignore(quote => quote.HasDiscount);
        builder.Ignore(quote => quote.QuotedParts);

        // The lines are values of their version, never changed once quoted: kept with its row, as the order keeps its clocks.
        builder.Ignore(quote => quote.Lines);
        builder.ComplexCollection<List<QuoteLine>, QuoteLine>(Quote.LinesField, lines => lines.ToJson("lines"));
    }
}
