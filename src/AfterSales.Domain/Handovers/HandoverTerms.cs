namespace AfterSales.Domain.Handovers;

/// <summary>HC-1: why the technician leaves their post.</summary>
public enum HandoverReason
{
    Resignation,
    Dismissal,

    /// <summary>The technician stays with the company in another team.</summary>
    Transfer,
    Retirement,
}

public enum HandoverStatus
{
    Open,
    Completed,

    /// <summary>Called off before completion (the resignation withdrawn, started for the wrong person): nothing was handed over.</summary>
    Withdrawn,
}

/// <summary>HC-2: what an item is about.</summary>
public enum HandoverItemKind
{
    /// <summary>A customer the leaver is responsible for; reassigned.</summary>
    Customer,

    /// <summary>An open work order assigned to the leaver; reassigned.</summary>
    WorkOrder,

    /// <summary>A receivable owed through the leaver, or cash they collected and have not remitted; settled or transferred.</summary>
    Receivable,

    /// <summary>Company property in the leaver's keeping (TE-4); returned, transferred or recorded as lost.</summary>
    Property,

    /// <summary>(r2) An old part still to come back to the Warehouse, its deposit held on the order (WO-11); transferred with the order, or booked in.</summary>
    OldPart,

    /// <summary>(r2) An open renewal task the leaver is to visit for (CU-3); reassigned.</summary>
    RenewalTask,

    /// <summary>(r2) A sales lead the leaver found that sales has not yet won or lost (WO-15); reassigned.</summary>
    SalesLead,

    /// <summary>An information-system account, entered by hand; disabled or handed over.</summary>
    Account,

    /// <summary>Anything else, entered by hand.</summary>
    Other,
}

/// <summary>HC-4: an item is pending until it is done or waived.</summary>
public enum HandoverItemState
{
    Pending,
    Done,
    Waived,
}

/// <summary>HC-4: how a done item was dealt with; which outcomes fit depends on the item (<see cref="HandoverItem.AllowedOutcomes"/>).</summary>
public enum HandoverOutcome
{
    /// <summary>A customer, work order or (r2) renewal task goes to the item's new technician when the checklist completes.</summary>
    Reassigned,

    /// <summary>
    /// A receivable is owed through, a property item is issued to, or (r2) an old part's order and its deposit are held by
    /// the item's new technician when the checklist completes.
    /// </summary>
    Transferred,

    /// <summary>The receivable was paid off; completion checks that it is.</summary>
    Settled,

    /// <summary>The cash went to Finance; the item checks that it did (r2), and so does completion.</summary>
    Remitted,

    /// <summary>
    /// The property item came back, recorded on the technician when the checklist completes (TE-4); or (r2) the old part
    /// was booked in by the Warehouse, which the item checks.
    /// </summary>
    Returned,

    /// <summary>The property item will not come back; its original price is owed (TE-4), recorded when the checklist completes.</summary>
    Lost,

    /// <summary>The account can no longer be used.</summary>
    Disabled,

    /// <summary>HC-3: the account was handed to someone else and its password changed.</summary>
    HandedOver,

    /// <summary>An item entered by hand as "other" was dealt with; the note says how.</summary>
    Handled,
}

/// <summary>HC-5: the three people who sign the checklist off.</summary>
public enum HandoverParty
{
    Leaver,

    /// <summary>The successor, who takes the work over.</summary>
    Receiver,
    Supervisor,
}
