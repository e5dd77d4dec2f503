using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>
/// The money rules of WO-11 and WO-12 as pure functions of stored facts, so the aggregate and the read side (which
/// reads those facts straight from the database) compute every figure the same way.
/// </summary>
public static class WorkOrderMoney
{
    /// <summary>WO-12: the fee the customer accepted, labour and the estimated parts.</summary>
    public static decimal QuoteTotal(decimal labour, decimal parts) => labour + parts;

    public static decimal PartTotal(int quantity, decimal unitPrice) => quantity * unitPrice;

    /// <summary>
    /// WO-11 (r2): a part counts for money from the moment the Warehouse books it out: fitted, or issued and not yet
    /// back. Before that it is only a request; booked back unused it was never used.
    /// </summary>
    public static bool CountsForMoney(PartStatus status) => StatusesCountingForMoney.Contains(status);

    /// <inheritdoc cref="CountsForMoney"/>
    public static IReadOnlyList<PartStatus> StatusesCountingForMoney { get; } = [PartStatus.Issued, PartStatus.Fitted];

    /// <summary>WO-11: the price held while a part out of the warehouse has its old part still out; nothing once it is back or waived.</summary>
    public static decimal Deposit(PartStatus status, OldPartState oldPart, decimal total) =>
        CountsForMoney(status) && oldPart == OldPartState.Outstanding ? total : Money.Zero;

    /// <summary>WO-12: what a part adds to the fee; a part is on the bill only while it counts for money.</summary>
    public static decimal Charge(PartStatus status, bool chargeable, decimal total) =>
        CountsForMoney(status) && chargeable ? total : Money.Zero;

    /// <summary>
    /// WO-12: the quoted labour plus the chargeable parts actually issued. The quote's own parts figure was the
    /// estimate the customer accepted; the bill follows what left the warehouse.
    /// </summary>
    public static decimal Fee(decimal? quotedLabour, IEnumerable<decimal> partCharges) => (quotedLabour ?? Money.Zero) + Money.Sum(partCharges);

    /// <summary>
    /// WO-11 (r2), WO-12: what is still owed on the order: the fee and the deposits held for old parts not yet back,
    /// less what was paid. A deposit is money owed until the Warehouse books its old part in.
    /// </summary>
    public static decimal Balance(decimal fee, decimal depositsHeld, decimal paid) => fee + depositsHeld - paid;

    /// <summary>WO-12: cash still not with Finance after the company day it came in on.</summary>
    public static bool IsUnremitted(PaymentMethod method, DateTimeOffset? remittedAt, DateOnly receivedOn, DateOnly today) =>
        method == PaymentMethod.Cash && remittedAt is null && receivedOn < today;
}
