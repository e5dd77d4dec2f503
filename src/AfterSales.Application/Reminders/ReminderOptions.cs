using System.ComponentModel.DataAnnotations;

namespace AfterSales.Application.Reminders;

/// <summary>[Reminders] — how far ahead the reminder lists of CU-3 and CU-4 look.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>CU-3: contracts ending within this many days are due for renewal.</summary>
    [Range(1, 3650)]
    public int ContractExpiryDays { get; set; } = 30;

    /// <summary>CU-3: warranties ending within this many days get a reminder.</summary>
    [Range(1, 3650)]
    public int WarrantyExpiryDays { get; set; } = 90;

    /// <summary>CU-3 (r2): seconds between the rounds that open renewal tasks for contracts entering the window; 0 turns it off.</summary>
    [Range(0, 86400)]
    public int RenewalTaskIntervalSeconds { get; set; } = 3600;

    /// <summary>CU-4: a customer under warranty not contacted for this many days is due for a visit.</summary>
    [Range(1, 3650)]
    public int VisitIntervalDays { get; set; } = 90;
}
