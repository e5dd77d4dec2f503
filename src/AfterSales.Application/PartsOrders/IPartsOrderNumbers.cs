namespace AfterSales.Application.PartsOrders;

/// <summary>PR-2: hands out readable parts-order numbers, <c>PO-2026-000001</c>, that never repeat, even under concurrent registration.</summary>
public interface IPartsOrderNumbers
{
    Task<string> NextAsync(DateOnly orderedOn, CancellationToken cancellationToken);
}
