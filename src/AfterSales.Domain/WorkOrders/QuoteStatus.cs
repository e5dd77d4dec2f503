namespace AfterSales.Domain.WorkOrders;

/// <summary>
/// WO-12 (r2): where a version of the order's quote stands. One version at a time is <see cref="Accepted"/>: the one
/// in force. A new proposal withdraws an earlier one still waiting, and its acceptance supersedes the one in force.
/// </summary>
public enum QuoteStatus
{
    Proposed,
    Accepted,
    Superseded,
    Withdrawn,
}
