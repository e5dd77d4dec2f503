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

    public bool IsReturned => ReturnedAt is not null;

    internal void RecordReturn(DateTimeOffset at, string signedBy)
    {
        if (IsReturned)
        {
            throw new BusinessRuleViolationException("WO-10", "the item was already returned to the customer");
        }

        ReturnedAt = at.ToUniversalTime();
        ReturnSignedBy = Require.Text(signedBy, 100);
    }
}
