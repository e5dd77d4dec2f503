namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-11 (r2): where a part stands between the request and the warehouse; <see cref="PartLifecycle"/> says how it moves.</summary>
public enum PartStatus
{
    /// <summary>Asked for by the technician; waits for Finance.</summary>
    Requested,

    /// <summary>Finance approved a line above the director's limit; waits for the Director.</summary>
    AwaitingDirector,

    /// <summary>Every approval given; waits for the Warehouse to book it out.</summary>
    Approved,

    /// <summary>Booked out by the Warehouse: with the order, billed or deposited, until fitted or booked back.</summary>
    Issued,

    /// <summary>Fitted by the technician: used for good, never returnable.</summary>
    Fitted,

    /// <summary>Not fitted, and received back by the Warehouse: neither billed nor deposited.</summary>
    ReturnedUnused,

    /// <summary>Never issued: the order was cancelled while the request was pending.</summary>
    Withdrawn,
}
