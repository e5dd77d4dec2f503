namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-11: what happens to the replaced part of a free warranty repair.</summary>
public enum OldPartState
{
    /// <summary>The new part is paid for (or free under a contract or internally), so the warehouse does not want the old one.</summary>
    NotRequired,

    /// <summary>The old part must come back; once the new part is issued its price is held as a deposit.</summary>
    Outstanding,

    /// <summary>The warehouse booked the old part in; the deposit is released.</summary>
    Returned,

    /// <summary>Not coming back: a small part, or Finance said so with a reason; no deposit.</summary>
    Waived,
}
