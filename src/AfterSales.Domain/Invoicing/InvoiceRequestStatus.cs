namespace AfterSales.Domain.Invoicing;

public enum InvoiceRequestStatus
{
    /// <summary>Finance has been asked to issue the invoice.</summary>
    Requested,

    /// <summary>Finance issued it and recorded its number.</summary>
    Issued,

    /// <summary>Nothing is left to invoice: rework brought the fee down to what was already invoiced, or to nothing.</summary>
    Cancelled,
}

public enum InvoiceRequestAction
{
    Reassess,
    Issue,
    Cancel,
}
