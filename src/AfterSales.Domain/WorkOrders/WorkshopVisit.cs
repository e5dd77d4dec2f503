using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-10: what was agreed when the item was carried back to the workshop, and its return.</summary>
public sealed class WorkshopVisit
{
    private WorkshopVisit()
    {
        ReceiptNumber = null!;
        Condition = null!;
        AccessoriesLeftWithCustomer = null!;
    }

    internal WorkshopVisit(string receiptNumber, string condition, string accessoriesLeftWithCustomer, DateOnly promisedReturnOn, bool loanerGiven, DateTimeOffset takenAt)
    {
        ReceiptNumber = Require.Text(receiptNumber, 50);
        Condition = Require.Text(condition, 1000);
        AccessoriesLeftWithCustomer = Require.OptionalText(accessoriesLeftWithCustomer, 500) ?? string.Empty;
        PromisedReturnOn = promisedReturnOn;
        LoanerGiven = loanerGiven;
        TakenAt = takenAt;
    }

    public string ReceiptNumber { get; private set; }

    public string Condition { get; private set; }

    public string AccessoriesLeftWithCustomer { get; private set; }

    public DateOnly PromisedReturnOn { get; private set; }

    public bool LoanerGiven { get; private set; }

    public DateTimeOffset TakenAt { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    /// <summary>The customer tried the item on its return and signed for it.</summary>
    public string? ReturnSignedBy { get; private set; }

    /// <summary>(r2) The receipt given to the customer stops counting once the item is back: voided with the return.</summary>
    public DateTimeOffset? ReceiptVoidedAt { get; private set; }

    /// <summary>(r2) The team lead's latest inspection of the repaired item; the item goes back only after one that passed.</summary>
    public bool? InspectionPassed { get; private set; }

    public string? InspectionNote { get; private set; }

    public string? InspectedBy { get; private set; }

    public DateTimeOffset? InspectedAt { get; private set; }

    public bool IsReturned => ReturnedAt is not null;

    internal void RecordInspection(bool passed, string? note, string inspectedBy, DateTimeOffset at)
    {
        EnsureNotReturned();
        if (!passed && string.IsNullOrWhiteSpace(note))
        {
            throw new InvalidInputException("note", "A failed inspection says what is still wrong.");
        }

        InspectionNote = Require.OptionalText(note, 1000);
        InspectedBy = Require.Text(inspectedBy, 100);
        InspectionPassed = passed;
        InspectedAt = at.ToUniversalTime();
    }

    internal void RecordReturn(DateTimeOffset at, string signedBy)
    {
        EnsureNotReturned();
        if (InspectionPassed != true)
        {
            throw new BusinessRuleViolationException(
                "WO-10",
                InspectionPassed is null
                    ? "the team lead inspects the repaired item before it is returned"
                    : "the repaired item failed its inspection; it is returned after one that passes");
        }

        ReturnedAt = at.ToUniversalTime();
        ReturnSignedBy = Require.Text(signedBy, 100);
        ReceiptVoidedAt = ReturnedAt;
    }

    private void EnsureNotReturned()
    {
        if (IsReturned)
        {
            throw new BusinessRuleViolationException("WO-10", "the item was already returned to the customer");
        }
    }
}
