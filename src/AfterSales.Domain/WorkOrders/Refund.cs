using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>
/// WO-11 (r2), WO-12: money the company paid back to the customer because the order came to owe it to them: a deposit
/// they paid, released once their old part was booked in, or a part they paid for that went back to the Warehouse unused.
/// </summary>
public sealed class Refund
{
    public const int ReferenceMaxLength = 100;

    private Refund()
    {
        RecordedBy = null!;
    }

    internal Refund(decimal amount, PaymentMethod method, string? reference, DateTimeOffset refundedAt, DateOnly refundedOn, string recordedBy, DateTimeOffset recordedAt)
    {
        if (amount <= 0)
        {
            throw new InvalidInputException(nameof(amount), "A refund is a positive amount.");
        }

        Id = Guid.CreateVersion7();
        Amount = Money.Round(amount);
        Method = Require.Defined(method);
        Reference = Require.OptionalText(reference, ReferenceMaxLength);
        RefundedAt = refundedAt;
        RefundedOn = refundedOn;
        RecordedBy = Require.Text(recordedBy, 100);
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public decimal Amount { get; private set; }

    public PaymentMethod Method { get; private set; }

    /// <summary>The bank's or the till's reference, so Finance can match the refund with its statement.</summary>
    public string? Reference { get; private set; }

    public DateTimeOffset RefundedAt { get; private set; }

    /// <summary>The company-local day the money went back.</summary>
    public DateOnly RefundedOn { get; private set; }

    /// <summary>The Finance user who paid it back.</summary>
    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
