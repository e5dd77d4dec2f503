namespace AfterSales.Domain.WorkOrders;

public enum WorkOrderStatus
{
    Registered,
    Assigned,
    Scheduled,
    InProgress,
    Resolved,
    Closed,
    Cancelled,
}

public enum Channel
{
    Phone,
    WebForm,
    Email,
    WalkIn,
    Salesperson,
}

public enum Priority
{
    Normal,
    Urgent,
}

/// <summary>WO-4: how the technician will resolve the fault.</summary>
public enum ResolutionMethod
{
    PhoneGuidance,
    ShipParts,
    OnSite,
    Workshop,
}

/// <summary>WO-9: what a block of working time is billed as.</summary>
public enum TimeEntryKind
{
    Paid,
    Contract,
    Free,
    Admin,
}
