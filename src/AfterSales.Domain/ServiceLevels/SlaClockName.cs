namespace AfterSales.Domain.ServiceLevels;

/// <summary>
/// The service-level clocks an aggregate can run: the six of a work order (WO-6), an inquiry's first response (IQ-1),
/// a parts-replacement request's response and shipment (PS-1), and a parts-only order's payment confirmation (PR-2).
/// </summary>
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

    /// <summary>PS-1: a named person takes the parts-replacement request and tells the customer the plan.</summary>
    ReplacementResponse,

    /// <summary>PS-1: the replacement part is shipped (PR-3).</summary>
    ReplacementShipment,

    /// <summary>PR-2: Finance confirms a parts-only order's payment after it arrives; one round per arrival.</summary>
    PaymentConfirmation,
}
