using AfterSales.Domain.Common;

namespace AfterSales.Domain.Handovers;

/// <summary>HC-5: one party's signature, given by that person signed in as themselves.</summary>
public sealed class HandoverSignOff
{
    private HandoverSignOff()
    {
        By = null!;
    }

    internal HandoverSignOff(HandoverParty party, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        Party = Require.Defined(party);
        By = Require.Text(by, 100);
        At = at;
    }

    public Guid Id { get; private set; }

    public HandoverParty Party { get; private set; }

    /// <summary>The user who signed.</summary>
    public string By { get; private set; }

    public DateTimeOffset At { get; private set; }
}
