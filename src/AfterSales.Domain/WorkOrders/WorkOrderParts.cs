using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-2: who was given the order, when, by whom and why; kept for every (re)assignment.</summary>
public sealed class Assignment
{
    private Assignment()
    {
        AssignedBy = null!;
    }

    internal Assignment(Guid technicianId, DateTimeOffset assignedAt, string assignedBy, string? reason)
    {
        Id = Guid.CreateVersion7();
        TechnicianId = technicianId;
        AssignedAt = assignedAt;
        AssignedBy = Require.Text(assignedBy, 100);
        Reason = Require.OptionalText(reason, 500);
    }

    public Guid Id { get; private set; }

    public Guid TechnicianId { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public string AssignedBy { get; private set; }

    public string? Reason { get; private set; }
}

/// <summary>WO-9: a block of time a technician spent on the order.</summary>
public sealed class TimeEntry
{
    public const int MaxMinutes = 24 * 60;

    private TimeEntry()
    {
    }

    internal TimeEntry(Guid technicianId, DateTimeOffset startedAt, int minutes, TimeEntryKind kind)
    {
        if (minutes is < 1 or > MaxMinutes)
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), minutes, $"A time entry lasts 1 to {MaxMinutes} minutes.");
        }

        Id = Guid.CreateVersion7();
        TechnicianId = technicianId;
        StartedAt = startedAt.ToUniversalTime();
        Minutes = minutes;
        Kind = Require.Defined(kind);
    }

    public Guid Id { get; private set; }

    public Guid TechnicianId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public int Minutes { get; private set; }

    public TimeEntryKind Kind { get; private set; }
}

/// <summary>WO-9: a photo of the work, stored elsewhere; the order keeps its reference.</summary>
public sealed class Photo
{
    private Photo()
    {
        Reference = null!;
        AddedBy = null!;
    }

    internal Photo(string reference, string? caption, string addedBy, DateTimeOffset addedAt)
    {
        Id = Guid.CreateVersion7();
        Reference = Require.Text(reference, 500);
        Caption = Require.OptionalText(caption, 200);
        AddedBy = Require.Text(addedBy, 100);
        AddedAt = addedAt;
    }

    public Guid Id { get; private set; }

    public string Reference { get; private set; }

    public string? Caption { get; private set; }

    public string AddedBy { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}

/// <summary>WO-5: the time window agreed with the customer.</summary>
public sealed record Appointment
{
    public Appointment(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            throw new ArgumentException("An appointment ends after it starts.", nameof(end));
        }

        Start = start.ToUniversalTime();
        End = end.ToUniversalTime();
    }

    public DateTimeOffset Start { get; private init; }

    public DateTimeOffset End { get; private init; }
}

/// <summary>WO-9: the customer's confirmation that the work is done.</summary>
public sealed record CustomerSignOff
{
    public CustomerSignOff(string name, DateTimeOffset at)
    {
        Name = Require.Text(name, 100);
        At = at.ToUniversalTime();
    }

    public string Name { get; private init; }

    public DateTimeOffset At { get; private init; }
}

/// <summary>WO-13: the customer's view of the technician, each item 1 (dissatisfied) to 4 (very satisfied).</summary>
public sealed record Survey
{
    public const int Lowest = 1;
    public const int Highest = 4;

    public Survey(int attitude, int skill, int punctuality, int promiseKeeping)
    {
        Attitude = Score(attitude, nameof(attitude));
        Skill = Score(skill, nameof(skill));
        Punctuality = Score(punctuality, nameof(punctuality));
        PromiseKeeping = Score(promiseKeeping, nameof(promiseKeeping));
    }

    public int Attitude { get; private init; }

    public int Skill { get; private init; }

    public int Punctuality { get; private init; }

    public int PromiseKeeping { get; private init; }

    private static int Score(int value, string name) =>
        value is >= Lowest and <= Highest ? value : throw new ArgumentOutOfRangeException(name, value, $"Survey answers are {Lowest} to {Highest}.");
}

/// <summary>WO-13: one follow-up call after resolution.</summary>
public sealed class FollowUp
{
    private FollowUp()
    {
        Survey = null!;
        RecordedBy = null!;
    }

    internal FollowUp(bool satisfied, Survey survey, string? comments, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        Satisfied = satisfied;
        Survey = survey;
        Comments = Require.OptionalText(comments, 2000);
        RecordedBy = Require.Text(recordedBy, 100);
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public bool Satisfied { get; private set; }

    public Survey Survey { get; private set; }

    public string? Comments { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>
/// WO-9: one resolution of the order by its technician. <see cref="ReopenedAt"/> is set when the order
/// comes back (WO-13), so the fix that did not hold stays attributable to whoever made it.
/// </summary>
public sealed class Resolution
{
    private Resolution()
    {
    }

    internal Resolution(Guid technicianId, DateTimeOffset resolvedAt)
    {
        Id = Guid.CreateVersion7();
        TechnicianId = technicianId;
        ResolvedAt = resolvedAt;
    }

    public Guid Id { get; private set; }

    public Guid TechnicianId { get; private set; }

    public DateTimeOffset ResolvedAt { get; private set; }

    public DateTimeOffset? ReopenedAt { get; private set; }

    internal void MarkReopened(DateTimeOffset at) => ReopenedAt = at;
}

/// <summary>WO-10: what was agreed when the item was carried back to the workshop, and its return.</summary>
public sealed class WorkshopVisit
{
    private WorkshopVisit()
    {
        ReceiptNumber = null!;
        Condition = null!;
        AccessoriesLeftWithCustomer = null!;
    }

    internal WorkshopVisit(string receiptNumber, string condition, string accessoriesLeftWithCustomer, DateOnly promisedReturnOn, bool loanerGiven, DateTimeOffset takenAt)
    {
        ReceiptNumber = Require.Text(receiptNumber, 50);
        Condition = Require.Text(condition, 1000);
        AccessoriesLeftWithCustomer = Require.OptionalText(accessoriesLeftWithCustomer, 500) ?? string.Empty;
        PromisedReturnOn = promisedReturnOn;
        LoanerGiven = loanerGiven;
        TakenAt = takenAt;
    }

    public string ReceiptNumber { get; private set; }

    public string Condition { get; private set; }

    public string AccessoriesLeftWithCustomer { get; private set; }

    public DateOnly PromisedReturnOn { get; private set; }

    public bool LoanerGiven { get; private set; }

    public DateTimeOffset TakenAt { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    /// <summary>The customer tried the item on its return and signed for it.</summary>
    public string? ReturnSignedBy { get; private set; }

    public bool IsReturned => ReturnedAt is not null;

    internal void RecordReturn(DateTimeOffset at, string signedBy)
    {
        if (IsReturned)
        {
            throw new BusinessRuleViolationException("WO-10", "the item was already returned to the customer");
        }

        ReturnedAt = at.ToUniversalTime();
        ReturnSignedBy = Require.Text(signedBy, 100);
    }
}

/// <summary>WO-12: the fee quoted before paid work, and the customer's acceptance.</summary>
public sealed class Quote
{
    private Quote()
    {
        AcceptedBy = null!;
    }

    internal Quote(decimal labour, decimal parts, string acceptedBy, DateTimeOffset acceptedAt)
    {
        Labour = Money.NonNegative(labour, nameof(labour));
        Parts = Money.NonNegative(parts, nameof(parts));
        AcceptedBy = Require.Text(acceptedBy, 100);
        AcceptedAt = acceptedAt.ToUniversalTime();
    }

    public decimal Labour { get; private set; }

    public decimal Parts { get; private set; }

    public decimal Total => Labour + Parts;

    public string AcceptedBy { get; private set; }

    public DateTimeOffset AcceptedAt { get; private set; }
}
