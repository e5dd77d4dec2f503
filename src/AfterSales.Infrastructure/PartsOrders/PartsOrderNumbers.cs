using AfterSales.Application.PartsOrders;
using AfterSales.Infrastructure.Persistence;

namespace AfterSales.Infrastructure.PartsOrders;

/// <summary>PR-2: <c>PO-2026-000001</c>, the year being the order's company day.</summary>
internal sealed class PartsOrderNumbers(AfterSalesDbContext db) : SequenceNumbers(db, "PO", Sequence), IPartsOrderNumbers
{
    public const string Sequence = "parts_order_number_seq";
}
