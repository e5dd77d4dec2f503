namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-12: what a quote line charges for: hours of a service at its labour rate, or parts at their unit price.</summary>
public enum QuoteLineKind
{
    Labour,
    Part,
}
