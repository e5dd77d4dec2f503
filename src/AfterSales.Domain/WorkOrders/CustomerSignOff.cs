using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-9: the customer's confirmation that the work is done.</summary>
public sealed record CustomerSignOff
{
    public CustomerSignOff(string name, DateTimeOffset at)
    {
        Name = Require.Text(name, 100);
        At = at.ToUniversalTime();
    }

    public string Name { get; private init; }

    public DateTimeOffset At { get; private init; }
}
