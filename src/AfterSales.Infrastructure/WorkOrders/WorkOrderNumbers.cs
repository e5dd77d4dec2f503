using AfterSales.Application.WorkOrders;
using AfterSales.Infrastructure.Persistence;

namespace AfterSales.Infrastructure.WorkOrders;

/// <summary>WO-1: <c>WO-2026-000017</c>, the year being the day the order was received.</summary>
internal sealed class WorkOrderNumbers(AfterSalesDbContext db) : SequenceNumbers(db, "WO", Sequence), IWorkOrderNumbers
{
    public const string Sequence = "work_order_number_seq";
}
