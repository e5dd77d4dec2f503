namespace AfterSales.Domain.Receivables;

/// <summary>WO-12: an amount of an overdue receivable taken from the technician's pay in a salary month, given back once the customer pays.</summary>
public sealed class SalaryDeduction
{
    private SalaryDeduction()
    {
        RecordedBy = null!;
    }

    internal SalaryDeduction(Guid id, decimal amount, DateOnly month, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = id;
        Amount = amount;
        Month = month;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>The first day of the salary month it was deducted in.</summary>
    public DateOnly Month { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
