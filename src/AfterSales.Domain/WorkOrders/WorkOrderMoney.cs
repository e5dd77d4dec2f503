using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>
/// The money rules of WO-11 and WO-12 as pure functions of stored facts, so the aggregate and the read side (which
/// reads those facts straight from the database) compute every figure the same way.
/// </summary>
public static class WorkOrderMoney
{
    /// <summary>
    /// WO-12 (r2): a quote line's amount, rounded to the fen half away from zero: quarter hours at a rate in fen can
    /// come to a fraction of a fen (1.25 h × 99.98 = 124.975 → 124.98).
    /// </summary>
    public static decimal LineAmount(decimal quantity, decimal unitPrice) => Money.Round(quantity * unitPrice);

    /// <summary>WO-12 (r2): a discount of <paramref name="percent"/> on <paramref name="amount"/>; it divides by 100, so it is rounded to the fen half away from zero.</summary>
    public static decimal Discount(decimal amount, decimal percent) => Money.Round(amount * percent / 100m);

    /// <summary>WO-12: the fee the customer accepts: labour and parts, less the discount.</summary>
    public static decimal QuoteTotal(decimal labour, decimal parts, decimal discountPercent) =>
        labour + parts - Discount(labour + parts, discountPercent);

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
    /// WO-11 (r2): which chargeable parts the accepted quote covers. Taken in the order they were issued, a part is
    /// covered while the quote still has its whole quantity of that part number left; one it does not cover is not
    /// billed and waits for an amended quote. In issue order, a part once billed stays billed however many follow.
    /// </summary>
    public static PartCoverage Coverage(IEnumerable<ChargedPart> parts, IEnumerable<QuotedPart> quoted)
    {
        var left = quoted.GroupBy(part => part.PartNumber, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Sum(part => part.Quantity), StringComparer.Ordinal);
        var billed = Money.Zero;
        var uncovered = new List<ChargedPart>();
        foreach (var part in parts.Where(part => part.Charge > 0).OrderBy(part => part.IssuedAt).ThenBy(part => part.PartId))
        {
            if (left.TryGetValue(part.PartNumber, out var quantity) && quantity >= part.Quantity)
            {
                left[part.PartNumber] = quantity - part.Quantity;
                billed += part.Charge;
            }
            else
            {
                uncovered.Add(part);
            }
        }

        return new PartCoverage(billed, uncovered);
    }

    /// <summary>
    /// WO-12 (r2): the accepted quote's labour plus the chargeable parts issued that it covers, less its discount
    /// (the same percentage of what is billed). The quote's part lines say what may be billed; the bill follows what
    /// left the warehouse, at the part line's own price.
    /// </summary>
    public static decimal Fee(decimal quotedLabour, decimal billedParts, decimal discountPercent) =>
        QuoteTotal(quotedLabour, billedParts, discountPercent);

    /// <summary>
    /// WO-11 (r2), WO-12: what is still owed on the order: the fee and the deposits held for old parts not yet back,
    /// less what was paid, plus what was paid back. A deposit is money owed until the Warehouse books its old part in;
    /// below zero, the company owes the customer (<see cref="RefundOwed"/>).
    /// </summary>
    public static decimal Balance(decimal fee, decimal depositsHeld, decimal paid, decimal refunded) => fee + depositsHeld - paid + refunded;

    /// <summary>WO-11 (r2), WO-12: what the company owes the customer back: a balance below zero, and nothing otherwise.</summary>
    public static decimal RefundOwed(decimal balance) => balance < 0 ? -balance : Money.Zero;

    /// <summary>WO-12: cash still not with Finance after the company day it came in on.</summary>
    public static bool IsUnremitted(PaymentMethod method, DateTimeOffset? remittedAt, DateOnly receivedOn, DateOnly today) =>
        method == PaymentMethod.Cash && remittedAt is null && receivedOn < today;
}
