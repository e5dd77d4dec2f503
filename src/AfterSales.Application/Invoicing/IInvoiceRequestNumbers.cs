namespace AfterSales.Application.Invoicing;

/// <summary>WO-12 (r2): hands out invoice-request numbers, <c>IR-2026-000001</c>, that never repeat.</summary>
public interface IInvoiceRequestNumbers
{
    Task<string> NextAsync(DateOnly serviceOn, CancellationToken cancellationToken);
}
