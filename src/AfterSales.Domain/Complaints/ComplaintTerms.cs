namespace AfterSales.Domain.Complaints;

/// <summary>Where a complaint stands; <see cref="Unfounded"/> and <see cref="Closed"/> are final.</summary>
public enum ComplaintStatus
{
    Received,
    Investigating,
    Verified,
    Unfounded,
    Resolved,
    Closed,
}

/// <summary>CP-1: what the complaint is about; CP-5 and CP-7 compare complaints by it.</summary>
public enum ComplaintCategory
{
    Attitude,
    Timeliness,
    Quality,
    Billing,
    Process,
    Other,
}

/// <summary>CP-2: a <see cref="Major"/> complaint goes to a Director (r2), its customer told in writing; a <see cref="General"/> one stays with the service department.</summary>
public enum ComplaintSeverity
{
    General,
    Major,
}

/// <summary>CP-2: how the customer was told the result.</summary>
public enum NotificationMethod
{
    Phone,
    Sms,
    Email,
    Letter,
    Visit,
}

/// <summary>CP-9: how someone reached the customer about the complaint.</summary>
public enum CustomerContactKind
{
    Visit,
    Call,
}

/// <summary>CP-5 (r2): why a base penalty doubles.</summary>
public enum PenaltyFactorReason
{
    /// <summary>The customer complained of the same problem before.</summary>
    RepeatComplaint,

    /// <summary>A falsified inspection or service record, or an inspection or backup recorded as done but not done properly (PM-4).</summary>
    FalsifiedOrNotDoneProperly,
}
