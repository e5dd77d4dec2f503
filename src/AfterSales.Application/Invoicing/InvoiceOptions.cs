using System.ComponentModel.DataAnnotations;

namespace AfterSales.Application.Invoicing;

/// <summary>[Invoices] — the numbers of WO-12's invoice requests (r2).</summary>
public sealed class InvoiceOptions
{
    public const string Section = "Invoices";

    /// <summary>Finance issues an invoice within this many working days after the day of service; later, the request is listed.</summary>
    [Range(0, 30)]
    public int IssueWorkingDays { get; set; } = 2;
}
