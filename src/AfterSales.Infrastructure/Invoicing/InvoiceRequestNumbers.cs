using AfterSales.Application.Invoicing;
using AfterSales.Infrastructure.Persistence;

namespace AfterSales.Infrastructure.Invoicing;

/// <summary>WO-12 (r2): <c>IR-2026-000001</c>, the year being the day of service.</summary>
internal sealed class InvoiceRequestNumbers(AfterSalesDbContext db) : SequenceNumbers(db, "IR", Sequence), IInvoiceRequestNumbers
{
    public const string Sequence = "invoice_request_number_seq";
}
