using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

/// <summary>CP-2: the Director a complaint was handed to, by whom and when.</summary>
public sealed record Escalation
{
    public Escalation(string directorName, string? note, string escalatedBy, DateTimeOffset escalatedAt)
    {
        DirectorName = Require.Text(directorName, 100);
        Note = Require.OptionalText(note, Complaint.NoteMaxLength);
        EscalatedBy = Require.Text(escalatedBy, 100);
        EscalatedAt = escalatedAt.ToUniversalTime();
    }

    public string DirectorName { get; private init; }

    public string? Note { get; private init; }

    public string EscalatedBy { get; private init; }

    public DateTimeOffset EscalatedAt { get; private init; }
}

/// <summary>CP-3: the investigation's finding — verified or unfounded — with who made it and when.</summary>
public sealed record Verification
{
    public Verification(bool verified, string findings, string decidedBy, DateTimeOffset decidedAt, DateOnly decidedOn)
    {
        Verified = verified;
        Findings = Require.Text(findings, Complaint.FindingsMaxLength);
        DecidedBy = Require.Text(decidedBy, 100);
        DecidedAt = decidedAt.ToUniversalTime();
        DecidedOn = decidedOn;
    }

    /// <summary>True: the complaint is founded; false: unfounded.</summary>
    public bool Verified { get; private init; }

    public string Findings { get; private init; }

    public string DecidedBy { get; private init; }

    /// <summary>CP-8: for a verified complaint, the responsible technician's notification, from which the appeal period runs.</summary>
    public DateTimeOffset DecidedAt { get; private init; }

    /// <summary>The company-local day of the finding: the month of the CP-6 deduction and the quarter of CP-7 come from it.</summary>
    public DateOnly DecidedOn { get; private init; }
}

/// <summary>CP-2 (r2): the letter that told the customer the outcome in writing: its date and reference.</summary>
public sealed record Letter(DateOnly Date, string Reference);

/// <summary>CP-2: how and when the customer was told the result; by letter, which letter.</summary>
public sealed record CustomerNotification
{
    public const int LetterReferenceMaxLength = 100;

    private CustomerNotification()
    {
        NotifiedBy = null!;
    }

    public CustomerNotification(NotificationMethod how, string? note, Letter? letter, string notifiedBy, DateTimeOffset notifiedAt)
    {
        How = Require.Defined(how);
        if ((how == NotificationMethod.Letter) != (letter is not null))
        {
            throw new InvalidInputException("letterReference", "A letter's date and reference are given when, and only when, the customer was told by letter.");
        }

        Note = Require.OptionalText(note, Complaint.NoteMaxLength);
        LetterDate = letter?.Date;
        LetterReference = letter is null ? null : Require.Text(letter.Reference, LetterReferenceMaxLength);
        NotifiedBy = Require.Text(notifiedBy, 100);
        NotifiedAt = notifiedAt.ToUniversalTime();
    }

    public NotificationMethod How { get; private init; }

    public string? Note { get; private init; }

    /// <summary>The date the letter bears, when the customer was told by letter.</summary>
    public DateOnly? LetterDate { get; private init; }

    /// <summary>The letter's reference (文号), when the customer was told by letter.</summary>
    public string? LetterReference { get; private init; }

    /// <summary>CP-2 (r2): told in writing, as a Major complaint's customer must be.</summary>
    public bool InWriting => LetterReference is not null;

    public string NotifiedBy { get; private init; }

    public DateTimeOffset NotifiedAt { get; private init; }
}

/// <summary>CP-5 (r2): one reason the base penalty is multiplied.</summary>
public sealed record PenaltyFactor(PenaltyFactorReason Reason, int Multiplier);

/// <summary>CP-9: a visit or call to the customer about the complaint, by the service supervisor or someone they named.</summary>
public sealed class ComplaintCustomerContact
{
    private ComplaintCustomerContact()
    {
        By = null!;
        RecordedBy = null!;
    }

    internal ComplaintCustomerContact(CustomerContactKind kind, string by, DateTimeOffset at, string? note, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        Kind = Require.Defined(kind);
        By = Require.Text(by, 100);
        At = at.ToUniversalTime();
        Note = Require.OptionalText(note, Complaint.NoteMaxLength);
        RecordedBy = Require.Text(recordedBy, 100);
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public CustomerContactKind Kind { get; private set; }

    /// <summary>Who visited or called: the supervisor or the person they named, a user name or a person's name.</summary>
    public string By { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Note { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>CP-9: what the customer was told of the complaint's progress, and when.</summary>
public sealed class ProgressUpdate
{
    private ProgressUpdate()
    {
        Note = null!;
        RecordedBy = null!;
    }

    internal ProgressUpdate(DateTimeOffset at, string note, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        At = at.ToUniversalTime();
        Note = Require.Text(note, Complaint.NoteMaxLength);
        RecordedBy = Require.Text(recordedBy, 100);
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Note { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>The follow-up call after resolution: satisfied closes the complaint, not satisfied sends it back to investigation.</summary>
public sealed class ComplaintFollowUp
{
    private ComplaintFollowUp()
    {
        RecordedBy = null!;
    }

    internal ComplaintFollowUp(bool satisfied, string? note, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        Satisfied = satisfied;
        Note = Require.OptionalText(note, Complaint.NoteMaxLength);
        RecordedBy = Require.Text(recordedBy, 100);
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public bool Satisfied { get; private set; }

    public string? Note { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>
/// CP-8: the responsible technician's appeal against a verified complaint, filed within the appeal period of its
/// notification and decided by a Manager, who should decide by <see cref="DecideBy"/>.
/// </summary>
public sealed class Appeal
{
    private Appeal()
    {
        Reason = null!;
        FiledBy = null!;
    }

    internal Appeal(int round, string reason, string filedBy, DateTimeOffset filedAt, DateOnly filedOn, DateOnly notifiedOn, DateOnly fileBy, DateOnly decideBy)
    {
        Id = Guid.CreateVersion7();
        Round = round;
        Reason = Require.Text(reason, Complaint.NoteMaxLength);
        FiledBy = Require.Text(filedBy, 100);
        FiledAt = filedAt;
        FiledOn = filedOn;
        NotifiedOn = notifiedOn;
        FileBy = fileBy;
        DecideBy = decideBy;
    }

    public Guid Id { get; private set; }

    /// <summary>1 for the first appeal, 2 for the one further appeal after a rejection.</summary>
    public int Round { get; private set; }

    public string Reason { get; private set; }

    public string FiledBy { get; private set; }

    public DateTimeOffset FiledAt { get; private set; }

    public DateOnly FiledOn { get; private set; }

    /// <summary>The company-local day the technician was notified: of the verification, or of the first appeal's rejection.</summary>
    public DateOnly NotifiedOn { get; private set; }

    /// <summary>The last day it could have been filed.</summary>
    public DateOnly FileBy { get; private set; }

    public DateOnly DecideBy { get; private set; }

    /// <summary>Null while undecided.</summary>
    public bool? Upheld { get; private set; }

    public string? DecisionNote { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public bool IsPending => DecidedAt is null;

    /// <summary>CP-8: still undecided after its decision day; flagged until a Manager decides.</summary>
    public bool IsDecisionOverdueOn(DateOnly today) => IsPending && today > DecideBy;

    internal void Decide(bool upheld, string note, string decidedBy, DateTimeOffset decidedAt)
    {
        if (!IsPending)
        {
            throw new BusinessRuleViolationException("CP-8", $"appeal {Round} was already {(Upheld == true ? "upheld" : "rejected")}");
        }

        var decisionNote = Require.Text(note, Complaint.NoteMaxLength);
        var decider = Require.Text(decidedBy, 100);
        Upheld = upheld;
        DecisionNote = decisionNote;
        DecidedBy = decider;
        DecidedAt = decidedAt;
    }
}
