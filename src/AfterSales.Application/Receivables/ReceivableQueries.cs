using AfterSales.Domain.Receivables;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Receivables;

internal static class ReceivableQueries
{
    /// <summary>An order has at most one unsettled receivable; settled ones stay as the record of deductions and releases.</summary>
    public static Task<Receivable?> UnsettledForAsync(this DbSet<Receivable> receivables, Guid workOrderId, CancellationToken cancellationToken) =>
        receivables.FirstOrDefaultAsync(receivable => receivable.WorkOrderId == workOrderId && receivable.SettledOn == null, cancellationToken);

    /// <summary>PR-2: a parts-only order taken on account has at most one unsettled receivable too.</summary>
    public static Task<Receivable?> UnsettledForPartsOrderAsync(this DbSet<Receivable> receivables, Guid partsOrderId, CancellationToken cancellationToken) =>
        receivables.FirstOrDefaultAsync(receivable => receivable.PartsOrderId == partsOrderId && receivable.SettledOn == null, cancellationToken);
}
