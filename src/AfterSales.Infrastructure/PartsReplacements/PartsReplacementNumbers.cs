using AfterSales.Application.PartsReplacements;
using AfterSales.Infrastructure.Persistence;

namespace AfterSales.Infrastructure.PartsReplacements;

/// <summary>PS-1: <c>PS-2026-000001</c>, the year being the day the customer asked.</summary>
internal sealed class PartsReplacementNumbers(AfterSalesDbContext db) : SequenceNumbers(db, "PS", Sequence), IPartsReplacementNumbers
{
    public const string Sequence = "parts_replacement_number_seq";
}
