namespace AfterSales.Domain.Invoicing;

/// <summary>What an invoice request bills: a work order's paid work now; a parts-only order (PR-2) has its place here.</summary>
public enum InvoiceSource
{
    WorkOrder,
    PartsOrder,
}
