using System.Globalization;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-12: money received from the customer for the order; cash is handed to Finance the same company day.</summary>
public sealed class Payment
{
    private Payment()
    {
        RecordedBy = null!;
    }

    internal Payment(decimal amount, PaymentMethod method, Guid? collectedBy, DateTimeOffset receivedAt, DateOnly receivedOn, string recordedBy, DateTimeOffset recordedAt)
    {
        if (amount <= 0)
        {
            throw new InvalidInputException(nameof(amount), "A payment is a positive amount.");
        }

        Id = Guid.CreateVersion7();
        Amount = Money.Round(amount);
        Method = Require.Defined(method);
        CollectedBy = collectedBy;
        ReceivedAt = receivedAt;
        ReceivedOn = receivedOn;
        RecordedBy = Require.Text(recordedBy, 100);
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public decimal Amount { get; private set; }

    public PaymentMethod Method { get; private set; }

    /// <summary>
    /// WO-12 (r2): the technician who took the cash from the customer; it stays theirs, through reassignments and
    /// handovers, until Finance takes it in. None for money that reaches the company directly.
    /// </summary>
    public Guid? CollectedBy { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The company-local day the money came in: cash is due at Finance by its end.</summary>
    public DateOnly ReceivedOn { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset? RemittedAt { get; private set; }

    /// <summary>The Finance user who took the cash in.</summary>
    public string? RemittedBy { get; private set; }

    /// <summary>
    /// WO-12: cash still with the technician after the company day it was received on has ended.
    /// It depends on today, so it is asked at read time rather than stored.
    /// </summary>
    public bool IsUnremittedOn(DateOnly today) => WorkOrderMoney.IsUnremitted(Method, RemittedAt, ReceivedOn, today);

    /// <summary>WO-12 (r2): cash <paramref name="technicianId"/> took and Finance has not taken in yet, whatever day it is.</summary>
    public bool IsCashHeldBy(Guid technicianId) => Method == PaymentMethod.Cash && RemittedAt is null && CollectedBy == technicianId;

    internal void Remit(string remittedBy, DateTimeOffset at)
    {
        if (Method != PaymentMethod.Cash)
        {
            throw new BusinessRuleViolationException("WO-12", $"a {Method} payment reaches the company directly; only cash is remitted");
        }

        if (RemittedAt is not null)
        {
            throw new BusinessRuleViolationException("WO-12", string.Create(CultureInfo.InvariantCulture, $"the cash payment of {Amount:0.00} was already remitted"));
        }

        RemittedAt = at;
        RemittedBy = Require.Text(remittedBy, 100);
    }
}
