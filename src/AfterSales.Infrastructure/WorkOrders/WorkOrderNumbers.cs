using System.Globalization;
using AfterSales.Application.WorkOrders;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Infrastructure.WorkOrders;

/// <summary>
/// WO-1: numbers from one PostgreSQL sequence, so concurrent registrations never collide and a number
/// is never reused (a rolled-back registration leaves a gap, which is harmless).
/// </summary>
internal sealed class WorkOrderNumbers(AfterSalesDbContext db) : IWorkOrderNumbers
{
    public const string Sequence = "work_order_number_seq";

    public async Task<string> NextAsync(DateOnly receivedOn, CancellationToken cancellationToken)
    {
        var next = await db.Database
            .SqlQueryRaw<long>($"SELECT nextval('{AfterSalesDbContext.Schema}.{Sequence}') AS \"Value\"")
            .SingleAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"WO-{receivedOn.Year}-{next:D6}");
    }
}
