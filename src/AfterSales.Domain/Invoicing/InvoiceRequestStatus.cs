namespace AfterSales.Domain.Invoicing;

public enum InvoiceRequestStatus
{
    /// <summary>Finance has been asked to issue the invoice.</summary>
    Requested,

    /// <summary>Finance issued it and recorded its number.</summary>
    Issued,

    /// <summary>Nothing is left to invoice: the fee came to nothing, or the order was cancelled.</summary>
    Cancelled,
}

public enum InvoiceRequestAction
{
    Reassess,
    Issue,
    Cancel,
}
