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

    /// <summary>WO-11: the price held while an issued part's old part is still out; nothing before issue or once it is back or waived.</summary>
    public static decimal Deposit(PartStatus status, OldPartState oldPart, decimal total) =>
        status == PartStatus.Issued && oldPart == OldPartState.Outstanding ? total : Money.Zero;

    /// <summary>WO-12: what a part adds to the fee; a requested part is not on the bill until it is issued.</summary>
    public static decimal Charge(PartStatus status, bool chargeable, decimal total) =>
        status == PartStatus.Issued && chargeable ? total : Money.Zero;

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
