using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Tests.WorkOrders;

/// <summary>Quotes priced as the handler prices them: one hour of on-site repair at the labour figure, and the parts named.</summary>
internal static class QuoteScenario
{
    public const string Service = "OnSiteRepair";

    /// <summary>Monday 16 November 2026, the day the scenarios quote on.</summary>
    public static readonly DateOnly PricedOn = new(2026, 11, 16);

    /// <summary>The seed's limits (10 %, 5 a week), none given yet this week.</summary>
    public static DiscountAllowance Allowance(int givenThisWeek = 0) => new(10m, 5, givenThisWeek);

    public static QuoteLine Labour(decimal perHour, decimal hours = 1m) => QuoteLine.Labour(Service, "On-site repair", hours, perHour);

    public static QuoteLine Spindles(int quantity, decimal unitPrice = 180.00m) => QuoteLine.Part("P-100", "Spindle bearing", quantity, unitPrice);

    /// <summary>Proposed and accepted by the customer at once, as a technician on site does.</summary>
    public static Quote QuoteAccepted(this WorkOrder order, TimeProvider clock, params QuoteLine[] lines) =>
        order.ProposeQuote(lines, 0m, null, PricedOn, Allowance(), "tech-42", clock, new CustomerAcceptance(WorkOrderScenario.CustomerName, clock.GetUtcNow()));

    public static Quote Proposed(this WorkOrder order, TimeProvider clock, decimal discountPercent, DiscountAllowance allowance, params QuoteLine[] lines) =>
        order.ProposeQuote(lines, discountPercent, discountPercent > 0 ? "regular customer" : null, PricedOn, allowance, "tech-42", clock);

    public static void Accept(this WorkOrder order, Quote quote, TimeProvider clock, DiscountAllowance? allowance = null) =>
        order.AcceptQuote(quote.Number, new CustomerAcceptance(WorkOrderScenario.CustomerName, clock.GetUtcNow()), allowance ?? Allowance(), clock);
}
