namespace AfterSales.Domain.ServiceLevels;

/// <summary>The service-level clocks an aggregate can run: the six of a work order (WO-6) and an inquiry's first response (IQ-1).</summary>
public enum SlaClockName
{
    Dispatch,
    Contact,
    Plan,
    Arrival,
    Resolution,
    FollowUp,

    /// <summary>IQ-1: an inquiry's; never a work order's.</summary>
    FirstResponse,
}
