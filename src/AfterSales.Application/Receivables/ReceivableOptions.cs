using System.ComponentModel.DataAnnotations;

namespace AfterSales.Application.Receivables;

/// <summary>[Receivables] — the numbers of WO-12's receivables.</summary>
public sealed class ReceivableOptions
{
    public const string Section = "Receivables";

    /// <summary>Unsettled for more than this many days after it was opened, a receivable is overdue and deducted from salary.</summary>
    [Range(1, 365)]
    public int OverdueDays { get; set; } = 40;

    /// <summary>Salary deducted for a receivable is given back within this many working days of it being settled.</summary>
    [Range(0, 30)]
    public int ReleaseWorkingDays { get; set; } = 2;
}
