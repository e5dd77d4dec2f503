namespace AfterSales.Domain.ServiceLevels;

/// <summary>The service-level clocks an aggregate can run: the six of a work order (WO-6).</summary>
public enum SlaClockName
{
    Dispatch,
    Contact,
    Plan,
    Arrival,
    Resolution,
    FollowUp,
}
