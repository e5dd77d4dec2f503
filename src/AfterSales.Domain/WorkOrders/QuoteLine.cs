using System.Globalization;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>
/// WO-12, PR-1 (r2): one line of a quote, priced from Finance's list in force on the quote's day: hours of a service at
/// its labour rate, or a number of parts at their unit price. A price other than the list's is kept with its reason,
/// so the audit of the quote shows both.
/// </summary>
public sealed class QuoteLine
{
    public const int ReasonMaxLength = 500;

    /// <summary>Hours are quoted in quarter hours, up to a working fortnight on one line.</summary>
    public const decimal HourStep = 0.25m;
    public const decimal MaxHours = 100m;

    private QuoteLine()
    {
        Code = null!;
        Name = null!;
    }

    private QuoteLine(QuoteLineKind kind, string code, string name, decimal quantity, decimal listPrice, decimal? unitPrice, string? priceReason)
    {
        Kind = kind;
        Code = Require.Text(code, 50);
        Name = Require.Text(name, 200);
        Quantity = quantity;
        ListPrice = Money.NonNegative(listPrice, nameof(listPrice));
        UnitPrice = unitPrice is { } asked ? Money.NonNegative(asked, nameof(unitPrice)) : ListPrice;
        if (UnitPrice != ListPrice)
        {
            PriceReason = Require.OptionalText(priceReason, ReasonMaxLength)
                ?? throw new BusinessRuleViolationException(
                    "PR-1",
                    string.Create(CultureInfo.InvariantCulture, $"{Code} is listed at {ListPrice:0.00}; a price of {UnitPrice:0.00} needs a reason"));
        }

        Amount = WorkOrderMoney.LineAmount(Quantity, UnitPrice);
    }

    public QuoteLineKind Kind { get; private set; }

    /// <summary>The labour rate's service code, or the part number.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>Hours for labour, a whole number of parts for parts.</summary>
    public decimal Quantity { get; private set; }

    /// <summary>PR-1: the rate or unit price in force on the quote's day.</summary>
    public decimal ListPrice { get; private set; }

    /// <summary>The price the line charges: the list's, unless <see cref="PriceReason"/> says why not.</summary>
    public decimal UnitPrice { get; private set; }

    public string? PriceReason { get; private set; }

    /// <inheritdoc cref="WorkOrderMoney.LineAmount"/>
    public decimal Amount { get; private set; }

    /// <summary>Hours of <paramref name="service"/> at the rate in force (<paramref name="listRate"/>), or at <paramref name="perHour"/> with a reason.</summary>
    public static QuoteLine Labour(string service, string name, decimal hours, decimal listRate, decimal? perHour = null, string? priceReason = null)
    {
        if (hours <= 0 || hours > MaxHours || hours % HourStep != 0)
        {
            throw new InvalidInputException(nameof(hours), $"Labour is quoted in quarter hours, more than 0 and at most {MaxHours}.");
        }

        return new QuoteLine(QuoteLineKind.Labour, service, name, hours, listRate, perHour, priceReason);
    }

    /// <summary><paramref name="quantity"/> of a part at its list price (<paramref name="listPrice"/>), or at <paramref name="unitPrice"/> with a reason.</summary>
    public static QuoteLine Part(string partNumber, string name, int quantity, decimal listPrice, decimal? unitPrice = null, string? priceReason = null) =>
        new(
            QuoteLineKind.Part,
            partNumber,
            name,
            Require.Between(quantity, 1, WorkOrders.Part.MaxQuantity, $"A part is quoted 1 to {WorkOrders.Part.MaxQuantity} at a time."),
            listPrice,
            unitPrice,
            priceReason);
}
