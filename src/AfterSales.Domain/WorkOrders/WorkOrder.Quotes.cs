using System.Globalization;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-11, WO-12 (r2): the quotes of the order, each version kept, the accepted one in force.</summary>
public sealed partial class WorkOrder
{
    private readonly List<Quote> _quotes = [];

    /// <summary>Every version quoted, the first first.</summary>
    public IReadOnlyCollection<Quote> Quotes => _quotes;

    /// <summary>The version the customer accepted last: the one the order bills under; null before any acceptance.</summary>
    public Quote? Quote => _quotes.SingleOrDefault(quote => quote.Status == QuoteStatus.Accepted);

    /// <summary>WO-11 (r2): which chargeable parts the quote in force covers.</summary>
    public PartCoverage PartCoverage => PartCoverageUnder(Quote);

    /// <summary>
    /// WO-12 (r2): a new version of the fee, its lines priced on <paramref name="pricedOn"/> (PR-1), for the customer to
    /// accept; accepted at once when <paramref name="acceptedNow"/> says so. It withdraws a version still waiting. A
    /// discount beyond the technician's <paramref name="allowance"/> is marked for the Manager's approval.
    /// </summary>
    public Quote ProposeQuote(
        IReadOnlyCollection<QuoteLine> lines,
        decimal discountPercent,
        string? discountReason,
        DateOnly pricedOn,
        DiscountAllowance allowance,
        string proposedBy,
        TimeProvider clock,
        CustomerAcceptance? acceptedNow = null)
    {
        Ensure(WorkOrderAction.RecordQuote);

        // WO-11 (r2): warranty orders are quoted too, for the damage the customer caused; contract and internal work charges nothing.
        if (ServiceType is not (ServiceType.Paid or ServiceType.Warranty))
        {
            throw new BusinessRuleViolationException("WO-12", $"{ServiceType} work is not quoted");
        }

        var technicianId = TechnicianId ?? throw WorkOrderLifecycle.Refusal(this, WorkOrderAction.RecordQuote);
        var now = clock.GetUtcNow();
        var quote = new Quote(
            _quotes.Count + 1,
            technicianId,
            pricedOn,
            lines,
            discountPercent,
            discountReason,
            allowance.NeedsManagerApproval(discountPercent),
            proposedBy,
            now);
        foreach (var waiting in _quotes.Where(earlier => earlier.Status == QuoteStatus.Proposed))
        {
            waiting.Withdraw();
        }

        _quotes.Add(quote);
        Raise(new QuoteProposed(Id, quote.Number, quote.Total, quote.DiscountPercent, quote.DiscountNeedsApproval, now));
        if (acceptedNow is not null)
        {
            AcceptQuote(quote.Number, acceptedNow, allowance, clock);
        }

        return quote;
    }

    /// <summary>
    /// WO-12 (r2): the customer accepts a version; it replaces the one in force. Its discount must be within the
    /// technician's <paramref name="allowance"/> for the week of the acceptance, or approved by the Manager. An
    /// amendment that would bill less than was already paid is refused: the order cannot owe the customer money.
    /// </summary>
    public void AcceptQuote(int number, CustomerAcceptance acceptance, DiscountAllowance allowance, TimeProvider clock)
    {
        Ensure(WorkOrderAction.AcceptQuote);
        var quote = QuoteNumbered(number);
        var fee = FeeUnder(quote);
        if (WorkOrderMoney.Balance(fee, DepositsHeld, Paid, Refunded) < 0)
        {
            throw new BusinessRuleViolationException(
                "WO-12",
                string.Create(CultureInfo.InvariantCulture, $"quote {number} would bill {fee:0.00}, less than the {Paid:0.00} already paid on {Number}"));
        }

        var replaced = Quote;
        quote.Accept(acceptance.AcceptedBy, acceptance.AcceptedAt, allowance.NeedsManagerApproval(quote.DiscountPercent));
        replaced?.Supersede();
        Raise(new QuoteAccepted(Id, quote.Number, quote.Total, quote.DiscountPercent, quote.TechnicianId, clock.GetUtcNow()));
    }

    /// <summary>WO-12 (r2): the Manager approves a discount waiting on a proposed version, so the customer may accept it.</summary>
    public void ApproveQuoteDiscount(int number, string approvedBy, TimeProvider clock)
    {
        Ensure(WorkOrderAction.ApproveQuoteDiscount);
        var quote = QuoteNumbered(number);
        var now = clock.GetUtcNow();
        quote.ApproveDiscount(approvedBy, now);
        Raise(new QuoteDiscountApproved(Id, quote.Number, quote.DiscountPercent, now));
    }

    /// <summary>A version the order does not have yet is a conflict with the order as it stands, like one no longer waiting.</summary>
    public Quote QuoteNumbered(int number) =>
        _quotes.SingleOrDefault(quote => quote.Number == number)
        ?? throw new BusinessRuleViolationException("WO-12", $"{Number} has no quote {number}; it has {_quotes.Count}");

    /// <summary>WO-11 (r2): the order is not resolved while a chargeable part waits for an amended quote; it would go unbilled.</summary>
    private void EnsureChargeablePartsQuoted()
    {
        if (PartCoverage.Uncovered is { Count: > 0 } uncovered)
        {
            var parts = string.Join(", ", uncovered.Select(part => $"{part.PartNumber} × {part.Quantity}"));
            throw new BusinessRuleViolationException("WO-11", $"an amended quote must be accepted for the chargeable parts it does not cover: {parts}");
        }
    }

    private decimal FeeUnder(Quote? quote) =>
        WorkOrderMoney.Fee(quote?.Labour ?? Money.Zero, PartCoverageUnder(quote).Billed, quote?.DiscountPercent ?? Money.Zero);

    private PartCoverage PartCoverageUnder(Quote? quote) =>
        WorkOrderMoney.Coverage(
            _parts.Select(part => new ChargedPart(part.Id, part.PartNumber, part.Quantity, part.Charge, part.IssuedAt)),
            quote?.QuotedParts ?? []);
}
