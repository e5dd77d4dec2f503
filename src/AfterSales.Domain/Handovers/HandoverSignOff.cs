using AfterSales.Domain.Common;

namespace AfterSales.Domain.Handovers;

/// <summary>HC-5: one party's signature; <see cref="OnBehalf"/> when a Manager signed for them.</summary>
public sealed class HandoverSignOff
{
    private HandoverSignOff()
    {
        By = null!;
    }

    internal HandoverSignOff(HandoverParty party, string by, bool onBehalf, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        Party = Require.Defined(party);
        By = Require.Text(by, 100);
        OnBehalf = onBehalf;
        At = at;
    }

    public Guid Id { get; private set; }

    public HandoverParty Party { get; private set; }

    /// <summary>The user who signed.</summary>
    public string By { get; private set; }

    public bool OnBehalf { get; private set; }

    public DateTimeOffset At { get; private set; }
}
