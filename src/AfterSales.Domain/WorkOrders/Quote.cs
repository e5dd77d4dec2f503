using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-12: the fee quoted before paid work, and the customer's acceptance.</summary>
public sealed class Quote
{
    private Quote()
    {
        AcceptedBy = null!;
    }

    internal Quote(decimal labour, decimal parts, string acceptedBy, DateTimeOffset acceptedAt)
    {
        Labour = Money.NonNegative(labour, nameof(labour));
        Parts = Money.NonNegative(parts, nameof(parts));
        AcceptedBy = Require.Text(acceptedBy, 100);
        AcceptedAt = acceptedAt.ToUniversalTime();
    }

    public decimal Labour { get; private set; }

    public decimal Parts { get; private set; }

    public decimal Total => WorkOrderMoney.QuoteTotal(Labour, Parts);

    public string AcceptedBy { get; private set; }

    public DateTimeOffset AcceptedAt { get; private set; }
}
