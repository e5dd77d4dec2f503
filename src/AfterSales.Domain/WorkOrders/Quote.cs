using System.Globalization;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>
/// WO-12 (r2): one version of the fee quoted before paid work, its lines priced from the list in force on its day
/// (PR-1), with an optional discount, and the customer's acceptance. A later version replaces the one in force only
/// once it is accepted in turn (WO-11: extra chargeable parts need an amended quote); every version stays on the order.
/// </summary>
public sealed class Quote
{
    /// <summary>The field the store maps the lines through.</summary>
    public const string LinesField = nameof(_lines);

    private readonly List<QuoteLine> _lines = [];

    private Quote()
    {
        ProposedBy = null!;
    }

    internal Quote(
        int number,
        Guid technicianId,
        DateOnly pricedOn,
        IReadOnlyCollection<QuoteLine> lines,
        decimal discountPercent,
        string? discountReason,
        bool discountNeedsApproval,
        string proposedBy,
        DateTimeOffset proposedAt)
    {
        if (lines.Count == 0)
        {
            throw new InvalidInputException(nameof(lines), "A quote has at least one line.");
        }

        if (discountPercent is < 0 or > 100)
        {
            throw new InvalidInputException(nameof(discountPercent), "A discount is a percentage from 0 to 100.");
        }

        Id = Guid.CreateVersion7();
        Number = number;
        TechnicianId = technicianId;
        PricedOn = pricedOn;
        _lines.AddRange(lines);
        DiscountPercent = discountPercent + 0.00m;

        // WO-12 (r2): every discount says why; none is given without one.
        DiscountReason = discountPercent > 0 ? Require.Text(discountReason, QuoteLine.ReasonMaxLength) : null;
        DiscountNeedsApproval = discountNeedsApproval;
        Status = QuoteStatus.Proposed;
        ProposedBy = Require.Text(proposedBy, 100);
        ProposedAt = proposedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>1 for the first version on the order, 2 for the first amendment, and so on.</summary>
    public int Number { get; private set; }

    /// <summary>The technician the order was assigned to: the discount, if any, is theirs to count (WO-12 r2).</summary>
    public Guid TechnicianId { get; private set; }

    /// <summary>PR-1: the company day whose prices the lines took.</summary>
    public DateOnly PricedOn { get; private set; }

    public IReadOnlyCollection<QuoteLine> Lines => _lines;

    public decimal DiscountPercent { get; private set; }

    public string? DiscountReason { get; private set; }

    /// <summary>WO-12 (r2): the discount was over the technician's limits when proposed, so the Manager must approve it before acceptance.</summary>
    public bool DiscountNeedsApproval { get; private set; }

    public string? DiscountApprovedBy { get; private set; }

    public DateTimeOffset? DiscountApprovedAt { get; private set; }

    public QuoteStatus Status { get; private set; }

    public string ProposedBy { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public string? AcceptedBy { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public decimal Labour => Money.Sum(LinesOf(QuoteLineKind.Labour));

    public decimal Parts => Money.Sum(LinesOf(QuoteLineKind.Part));

    /// <inheritdoc cref="WorkOrderMoney.Discount"/>
    public decimal Discount => WorkOrderMoney.Discount(Labour + Parts, DiscountPercent);

    /// <inheritdoc cref="WorkOrderMoney.QuoteTotal"/>
    public decimal Total => WorkOrderMoney.QuoteTotal(Labour, Parts, DiscountPercent);

    public bool HasDiscount => DiscountPercent > 0;

    /// <summary>WO-11 (r2): the parts this version lets the order bill, by part number.</summary>
    public IEnumerable<QuotedPart> QuotedParts =>
        _lines.Where(line => line.Kind == QuoteLineKind.Part).Select(line => new QuotedPart(line.Code, (int)line.Quantity));

    internal void ApproveDiscount(string approvedBy, DateTimeOffset at)
    {
        EnsureProposed("have its discount approved");
        // The Manager may approve any discount still waiting: one within the limits when proposed can be the one too many by acceptance.
        if (!HasDiscount || DiscountApprovedAt is not null)
        {
            throw new BusinessRuleViolationException("WO-12", $"quote {Number} has no discount waiting for approval");
        }

        DiscountApprovedBy = Require.Text(approvedBy, 100);
        DiscountApprovedAt = at;
    }

    /// <summary>WO-12 (r2): a discount over the limits, when proposed or now, is accepted only once the Manager approved it.</summary>
    internal void Accept(string acceptedBy, DateTimeOffset acceptedAt, bool discountOverLimitsNow)
    {
        EnsureProposed("be accepted");
        if (HasDiscount && (DiscountNeedsApproval || discountOverLimitsNow) && DiscountApprovedAt is null)
        {
            throw new BusinessRuleViolationException(
                "WO-12",
                string.Create(CultureInfo.InvariantCulture, $"the discount of {DiscountPercent:0.00} % on quote {Number} needs the Manager's approval before the customer accepts it"));
        }

        AcceptedBy = Require.Text(acceptedBy, 100);
        AcceptedAt = acceptedAt.ToUniversalTime();
        Status = QuoteStatus.Accepted;
    }

    internal void Supersede() => Status = QuoteStatus.Superseded;

    internal void Withdraw() => Status = QuoteStatus.Withdrawn;

    private IEnumerable<decimal> LinesOf(QuoteLineKind kind) => _lines.Where(line => line.Kind == kind).Select(line => line.Amount);

    private void EnsureProposed(string action)
    {
        if (Status != QuoteStatus.Proposed)
        {
            throw new BusinessRuleViolationException("WO-12", $"quote {Number} is {Status} and cannot {action}");
        }
    }
}
