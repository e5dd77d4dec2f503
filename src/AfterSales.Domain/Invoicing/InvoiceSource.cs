namespace AfterSales.Domain.Invoicing;

/// <summary>What an invoice request bills: a work order's paid work, or a parts-only sale (PR-2) once shipped.</summary>
public enum InvoiceSource
{
    WorkOrder,
    PartsOrder,
}
