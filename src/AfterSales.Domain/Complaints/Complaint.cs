using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Inquiries;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Complaints;

/// <summary>
/// A customer's complaint about the service, from registration to closure (CP-1..CP-8). A verified one is
/// charged to a responsible technician — a penalty and an assessment deduction — until an appeal removes
/// them. Every transition is a method that checks the state it may happen in and the rule that governs it.
/// </summary>
public sealed class Complaint : AggregateRoot
{
    public const int DescriptionMaxLength = 4000;
    public const int FindingsMaxLength = 4000;
    public const int NoteMaxLength = 1000;

    /// <summary>CP-8: the first appeal and, after its rejection, one further appeal.</summary>
    public const int MaxAppeals = 2;

    private readonly List<Appeal> _appeals = [];
    private readonly List<ComplaintFollowUp> _followUps = [];
    private readonly List<ComplaintCustomerContact> _customerContacts = [];
    private readonly List<ProgressUpdate> _progressUpdates = [];

    private Complaint()
        : base(Guid.Empty)
    {
        Number = null!;
        Description = null!;
        RegisteredBy = null!;
    }

    private Complaint(Guid id)
        : base(id)
    {
        Number = null!;
        Description = null!;
        RegisteredBy = null!;
    }

    /// <summary>The readable number, <c>CP-2026-000003</c>.</summary>
    public string Number { get; private set; }

    public ComplaintStatus Status { get; private set; }

    public Channel Channel { get; private set; }

    public ComplaintCategory Category { get; private set; }

    public ComplaintSeverity Severity { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>The work order complained about, when there is one.</summary>
    public Guid? WorkOrderId { get; private set; }

    /// <summary>The machine concerned: the related order's, or one named at registration. CP-5 compares complaints by it.</summary>
    public Guid? EquipmentId { get; private set; }

    /// <summary>The accused technician, when known.</summary>
    public Guid? TechnicianId { get; private set; }

    public string Description { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>The company-local day of registration; CP-5's repeat window counts between these days.</summary>
    public DateOnly RegisteredOn { get; private set; }

    public string RegisteredBy { get; private set; }

    /// <summary>CP-1: when the customer was promised a response.</summary>
    public DateTimeOffset PromisedResponseBy { get; private set; }

    public Escalation? Escalation { get; private set; }

    public Verification? Verification { get; private set; }

    /// <summary>CP-4: who answers for a verified complaint.</summary>
    public Guid? ResponsibleTechnicianId { get; private set; }

    /// <summary>CP-5: the amount the verifier gave, before any doubling.</summary>
    public decimal? BasePenalty { get; private set; }

    /// <summary>CP-5: the customer complained about the same problem before (see <see cref="Repeats"/>).</summary>
    public bool RepeatComplaint { get; private set; }

    /// <summary>CP-5: the cause was a falsified inspection or service record.</summary>
    public bool FalsifiedRecord { get; private set; }

    /// <summary>CP-5 (r2), PM-4: the cause was a maintenance inspection or backup recorded as done but not done properly.</summary>
    public bool NotDoneProperly { get; private set; }

    /// <summary>CP-6: the points deducted as configured on the day of verification, so a later change of setting does not rewrite it.</summary>
    public int? VerifiedDeduction { get; private set; }

    /// <summary>CP-6: the first day of the company-local month of verification, whose assessment bears the deduction.</summary>
    public DateOnly? DeductionMonth { get; private set; }

    /// <summary>CP-2: the customer was told the result; asked for again after a follow-up reopens the complaint.</summary>
    public CustomerNotification? CustomerNotification { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>IQ-1: the inquiry this complaint was registered from, when it began as a question.</summary>
    public Guid? InquiryId { get; private set; }

    public IReadOnlyCollection<Appeal> Appeals => _appeals;

    public IReadOnlyCollection<ComplaintFollowUp> FollowUps => _followUps;

    /// <summary>CP-9: the visits and calls to the customer by the service supervisor or someone they named.</summary>
    public IReadOnlyCollection<ComplaintCustomerContact> CustomerContacts => _customerContacts;

    /// <summary>CP-9: each progress update given to the customer.</summary>
    public IReadOnlyCollection<ProgressUpdate> ProgressUpdates => _progressUpdates;

    /// <summary>
    /// CP-9: the latest of registration, a contact with the customer and a progress update, kept beside them so the
    /// list of complaints without an update is one indexed range rather than a scan of every complaint's history.
    /// </summary>
    public DateTimeOffset LastUpdateAt { get; private set; }

    public bool IsVerified => Verification is { Verified: true };

    /// <summary>CP-8: an appeal was upheld, so the complaint no longer costs the technician anything.</summary>
    public bool IsOverturned => _appeals.Any(appeal => appeal.Upheld == true);

    /// <summary>Verified and not overturned: it costs the responsible technician (CP-5..CP-7).</summary>
    public bool StandsAgainstTechnician => IsVerified && !IsOverturned;

    /// <summary>
    /// CP-5 (r2): what doubles the base penalty — a repeat complaint, and a falsified record or an inspection or backup
    /// not done properly, which are one cause and double once.
    /// </summary>
    public IReadOnlyList<PenaltyFactor> PenaltyFactors =>
        [
            .. RepeatComplaint ? [new PenaltyFactor(PenaltyFactorReason.RepeatComplaint, 2)] : Array.Empty<PenaltyFactor>(),
            .. FalsifiedRecord || NotDoneProperly ? [new PenaltyFactor(PenaltyFactorReason.FalsifiedOrNotDoneProperly, 2)] : Array.Empty<PenaltyFactor>(),
        ];

    /// <summary>CP-5: the product of <see cref="PenaltyFactors"/>: 1, 2 or 4.</summary>
    public int PenaltyMultiplier => PenaltyFactors.Aggregate(1, (product, factor) => product * factor.Multiplier);

    /// <summary>CP-5: the effective penalty, the base amount times <see cref="PenaltyMultiplier"/>; nothing once an appeal is upheld.</summary>
    public decimal? Penalty => BasePenalty is { } amount ? (IsOverturned ? Money.Zero : amount * PenaltyMultiplier) : null;

    /// <summary>CP-6: the points the complaint takes from the assessment; none once an appeal is upheld.</summary>
    public int? DeductionPoints => VerifiedDeduction is { } points ? (IsOverturned ? 0 : points) : null;

    /// <summary>
    /// CP-1: registers a complaint by a customer, about one of their work orders or machines when known, with
    /// the accused technician when known and the response time promised to the customer. The machine is the
    /// work order's when there is one.
    /// </summary>
    public static Complaint Register(
        string number,
        Channel channel,
        Customer customer,
        WorkOrder? workOrder,
        Equipment? equipment,
        Technician? accused,
        ComplaintCategory category,
        ComplaintSeverity severity,
        string description,
        DateTimeOffset promisedResponseBy,
        string registeredBy,
        WorkingCalendar calendar,
        TimeProvider clock)
    {
        if (workOrder is not null && workOrder.CustomerId != customer.Id)
        {
            throw new ArgumentException("The work order must be the customer's.", nameof(workOrder));
        }

        if (equipment is not null && !customer.Equipment.Contains(equipment))
        {
            throw new ArgumentException("The equipment must be on the customer's card.", nameof(equipment));
        }

        if (workOrder is not null && equipment is not null && workOrder.EquipmentId != equipment.Id)
        {
            throw new InvalidInputException("equipmentId", "The equipment must be the work order's.");
        }

        var now = clock.GetUtcNow();
        promisedResponseBy = promisedResponseBy.ToUniversalTime();
        if (promisedResponseBy <= now)
        {
            throw new BusinessRuleViolationException("CP-1", "the response promised to the customer must lie in the future");
        }

        var complaint = new Complaint(Guid.CreateVersion7())
        {
            Number = Require.Text(number, 20),
            Status = ComplaintStatus.Received,
            Channel = Require.Defined(channel),
            Category = Require.Defined(category),
            Severity = Require.Defined(severity),
            CustomerId = customer.Id,
            WorkOrderId = workOrder?.Id,
            EquipmentId = workOrder?.EquipmentId ?? equipment?.Id,
            TechnicianId = accused?.Id,
            Description = Require.Text(description, DescriptionMaxLength),
            RegisteredAt = now,
            RegisteredOn = calendar.LocalDate(now),
            RegisteredBy = Require.Text(registeredBy, 100),
            PromisedResponseBy = promisedResponseBy,
            LastUpdateAt = now,
        };
        complaint.Raise(new ComplaintRegistered(complaint.Id, complaint.Number, now));
        return complaint;
    }

    /// <summary>IQ-1: links the complaint, as it is registered, to the inquiry it was turned from.</summary>
    internal void OriginateFrom(Inquiry inquiry)
    {
        if (InquiryId is not null)
        {
            throw new InvalidOperationException($"{Number} was already registered from an inquiry.");
        }

        InquiryId = inquiry.Id;
    }

    /// <summary>CP-3: someone is looking into it.</summary>
    public void StartInvestigation(TimeProvider clock)
    {
        EnsureStatus("CP-3", "start investigating", ComplaintStatus.Received);
        ChangeStatus(ComplaintStatus.Investigating, clock.GetUtcNow());
    }

    /// <summary>
    /// CP-2 (r2): handed to a Director (副总经理), the user named — required of a Major complaint before it is resolved.
    /// <paramref name="namedIsADirector"/> is whether the user directory knows that user as a Director. Recorded once:
    /// to whom, by whom, when.
    /// </summary>
    public void Escalate(string directorName, bool namedIsADirector, string? note, string escalatedBy, TimeProvider clock)
    {
        EnsureStatus("CP-2", "escalate", ComplaintStatus.Received, ComplaintStatus.Investigating, ComplaintStatus.Verified);
        if (Escalation is not null)
        {
            throw new BusinessRuleViolationException("CP-2", $"{Number} was already escalated to {Escalation.DirectorName}");
        }

        if (!namedIsADirector)
        {
            throw new BusinessRuleViolationException("CP-2", $"{directorName} is not a Director; complaints are escalated to a Director");
        }

        var now = clock.GetUtcNow();
        Escalation = new Escalation(directorName, note, escalatedBy, now);
        Raise(new ComplaintEscalated(Id, Escalation.DirectorName, now));
    }

    /// <summary>
    /// CP-3..CP-6: the investigation found the complaint true. <paramref name="responsible"/> answers for it (CP-4);
    /// the penalty is the verifier's amount within the configured range, doubled when the customer complained of
    /// the same problem before and doubled again for a falsified record or an inspection or backup not done properly
    /// (CP-5 r2, one cause); the responsible technician's assessment for this month loses the configured points (CP-6).
    /// </summary>
    /// <param name="customersComplaints">The customer's other complaints, at least those registered within the repeat window (<see cref="RepeatWindowStart"/>).</param>
    public void Verify(
        string findings,
        Technician responsible,
        decimal penalty,
        bool falsifiedRecord,
        bool notDoneProperly,
        IEnumerable<Complaint> customersComplaints,
        string verifiedBy,
        Guid? verifierTechnicianId,
        ComplaintPolicy policy,
        TimeProvider clock)
    {
        EnsureAwaitingFinding();
        EnsureNotAParty(verifiedBy, verifierTechnicianId, responsible.Id);
        var basePenalty = policy.ValidPenalty(penalty);
        var now = clock.GetUtcNow();
        var verification = new Verification(true, findings, verifiedBy, now, policy.Calendar.LocalDate(now));
        var repeat = customersComplaints.Any(earlier => Repeats(earlier, policy.RepeatWindowDays));

        Verification = verification;
        ResponsibleTechnicianId = responsible.Id;
        BasePenalty = basePenalty;
        RepeatComplaint = repeat;
        FalsifiedRecord = falsifiedRecord;
        NotDoneProperly = notDoneProperly;
        VerifiedDeduction = policy.DeductionPoints;
        DeductionMonth = new DateOnly(verification.DecidedOn.Year, verification.DecidedOn.Month, 1);
        ChangeStatus(ComplaintStatus.Verified, now);
        Raise(new ComplaintVerified(Id, Number, responsible.Id, Category, verification.DecidedOn, DeductionMonth.Value, policy.DeductionPoints, Penalty!.Value, now));
    }

    /// <summary>
    /// CP-4: who answers for the complaint — the technician the verifier names, else the team lead of the team of
    /// <paramref name="answeringTechnician"/> (see <see cref="AnsweringTechnicianId"/>), found among <paramref name="teamLeads"/>.
    /// </summary>
    public Technician Responsible(Technician? named, Technician? answeringTechnician, IEnumerable<Technician> teamLeads)
    {
        if (named is not null)
        {
            return named;
        }

        if (answeringTechnician is null)
        {
            throw new BusinessRuleViolationException("CP-4", $"{Number} has no related work order technician or accused technician to find a team by; name the responsible technician");
        }

        return Technician.TeamLeadOf(answeringTechnician.Team, teamLeads);
    }

    /// <summary>CP-4: whose team answers when nobody is named: the related order's technician, or else the accused.</summary>
    public Guid? AnsweringTechnicianId(Guid? relatedOrdersTechnicianId) => relatedOrdersTechnicianId ?? TechnicianId;

    /// <summary>CP-3: the investigation found no ground. An unfounded complaint is closed and costs nobody anything.</summary>
    public void Dismiss(string findings, string decidedBy, Guid? deciderTechnicianId, WorkingCalendar calendar, TimeProvider clock)
    {
        EnsureAwaitingFinding();
        EnsureNotAParty(decidedBy, deciderTechnicianId, responsible: null);
        var now = clock.GetUtcNow();
        Verification = new Verification(false, findings, decidedBy, now, calendar.LocalDate(now));
        ClosedAt = now;
        ChangeStatus(ComplaintStatus.Unfounded, now);
    }

    /// <summary>
    /// CP-2: the customer was told the result of the investigation, how and when; by letter (r2, the written word a Major
    /// complaint needs) with the letter's date and reference, a letter dated no later than today.
    /// </summary>
    public void RecordCustomerNotified(NotificationMethod how, string? note, Letter? letter, string notifiedBy, WorkingCalendar calendar, TimeProvider clock)
    {
        EnsureStatus("CP-2", "tell the customer the result of", ComplaintStatus.Investigating, ComplaintStatus.Verified, ComplaintStatus.Unfounded);
        if (Verification is null)
        {
            throw new BusinessRuleViolationException("CP-2", $"{Number} has no finding yet to tell the customer");
        }

        var now = clock.GetUtcNow();
        if (letter is not null && letter.Date > calendar.LocalDate(now))
        {
            throw new BusinessRuleViolationException("CP-2", $"the letter {letter.Reference} cannot be dated {letter.Date:yyyy-MM-dd}, after today");
        }

        CustomerNotification = new CustomerNotification(how, note, letter, notifiedBy, now);
        Raise(new CustomerNotified(Id, CustomerNotification.How, now));
    }

    /// <summary>
    /// CP-2: a verified complaint is dealt with. A Major one must have been escalated to a Director, and the
    /// customer must have been told the result — again, after a follow-up reopened it; of a Major one, in writing (r2).
    /// CP-9: and someone must have visited or called the customer about it, which is what the rule has every complaint
    /// record; resolving without one would let it be skipped.
    /// </summary>
    public void Resolve(TimeProvider clock)
    {
        EnsureStatus("CP-2", "resolve", ComplaintStatus.Verified, ComplaintStatus.Investigating);
        if (!IsVerified)
        {
            throw new BusinessRuleViolationException("CP-3", $"{Number} must be verified before it is resolved");
        }

        if (Severity == ComplaintSeverity.Major && Escalation is null)
        {
            throw new BusinessRuleViolationException("CP-2", $"{Number} is Major and must be escalated to a Director before it is resolved");
        }

        if (CustomerNotification is null)
        {
            throw new BusinessRuleViolationException("CP-2", $"the customer must be told the result before {Number} is resolved");
        }

        if (Severity == ComplaintSeverity.Major && !CustomerNotification.InWriting)
        {
            throw new BusinessRuleViolationException("CP-2", $"{Number} is Major: the customer must be told the outcome in writing, a letter recorded, before it is resolved");
        }

        if (_customerContacts.Count == 0)
        {
            throw new BusinessRuleViolationException("CP-9", $"nobody has visited or called the customer about {Number}; record the visit or call before it is resolved");
        }

        var now = clock.GetUtcNow();
        ResolvedAt = now;
        ChangeStatus(ComplaintStatus.Resolved, now);
    }

    /// <summary>
    /// CP-9: the service supervisor, or someone they named (<paramref name="by"/>), visited or called the customer at
    /// <paramref name="at"/>: after registration, not in the future. It counts as an update to the customer.
    /// </summary>
    public ComplaintCustomerContact RecordCustomerContact(CustomerContactKind kind, string by, DateTimeOffset at, string? note, string recordedBy, TimeProvider clock)
    {
        var now = EnsureUpdatable("record a visit or call on", at, clock);
        var contact = new ComplaintCustomerContact(kind, by, at, note, recordedBy, now);
        _customerContacts.Add(contact);
        Updated(contact.At);
        return contact;
    }

    /// <summary>CP-9: the customer was told how things stand at <paramref name="at"/>: after registration, not in the future.</summary>
    public ProgressUpdate RecordProgressUpdate(DateTimeOffset at, string note, string recordedBy, TimeProvider clock)
    {
        var now = EnsureUpdatable("record a progress update on", at, clock);
        var update = new ProgressUpdate(at, note, recordedBy, now);
        _progressUpdates.Add(update);
        Updated(update.At);
        return update;
    }

    /// <summary>
    /// The follow-up call: a satisfied customer closes the complaint; an unhappy one sends it back to investigation,
    /// where the finding stands (only an appeal overturns it) and the customer must be told the new result.
    /// </summary>
    public void RecordFollowUp(bool satisfied, string? note, string recordedBy, TimeProvider clock)
    {
        EnsureStatus("CP-2", "record the follow-up of", ComplaintStatus.Resolved);
        var now = clock.GetUtcNow();
        _followUps.Add(new ComplaintFollowUp(satisfied, note, recordedBy, now));
        if (satisfied)
        {
            ClosedAt = now;
            ChangeStatus(ComplaintStatus.Closed, now);
        }
        else
        {
            ResolvedAt = null;
            CustomerNotification = null;
            ChangeStatus(ComplaintStatus.Investigating, now);
        }
    }

    /// <summary>
    /// CP-8: the responsible technician appeals within the appeal period, counted in working days after the day
    /// they were notified — of the verification, or for the one further appeal, of the first one's rejection.
    /// Filing on the last day of the period is in time.
    /// </summary>
    public Appeal FileAppeal(string reason, string filedBy, ComplaintPolicy policy, TimeProvider clock)
    {
        if (!IsVerified)
        {
            throw new BusinessRuleViolationException("CP-8", $"{Number} is not a verified complaint, so there is nothing to appeal");
        }

        if (IsOverturned)
        {
            throw new BusinessRuleViolationException("CP-8", $"an appeal against {Number} was already upheld");
        }

        if (_appeals.FirstOrDefault(appeal => appeal.IsPending) is { } pending)
        {
            throw new BusinessRuleViolationException("CP-8", $"appeal {pending.Round} against {Number} still awaits its decision");
        }

        if (_appeals.Count >= MaxAppeals)
        {
            throw new BusinessRuleViolationException("CP-8", $"{Number} was appealed {_appeals.Count} times; a rejected appeal allows one further appeal, no more");
        }

        var notifiedAt = _appeals.MaxBy(appeal => appeal.Round)?.DecidedAt ?? Verification!.DecidedAt;
        var notifiedOn = policy.Calendar.LocalDate(notifiedAt);
        var fileBy = policy.AppealDeadline(notifiedOn);
        var now = clock.GetUtcNow();
        var today = policy.Calendar.LocalDate(now);
        if (today > fileBy)
        {
            throw new BusinessRuleViolationException(
                "CP-8",
                $"an appeal had to be filed within {policy.AppealWorkingDays} working days of the notification on {notifiedOn:yyyy-MM-dd}, by {fileBy:yyyy-MM-dd}");
        }

        var appeal = new Appeal(_appeals.Count + 1, reason, filedBy, now, today, notifiedOn, fileBy, policy.DecisionDeadline(today));
        _appeals.Add(appeal);
        Raise(new ComplaintAppealFiled(Id, appeal.Id, appeal.Round, now));
        return appeal;
    }

    /// <summary>
    /// CP-8: a Manager decides an appeal, late or not (lateness is flagged, not refused). Upheld removes the penalty
    /// and the deduction; rejected leaves them and opens the one further appeal, which (r2) only a Director who did not
    /// decide the first may decide.
    /// </summary>
    public void DecideAppeal(Guid appealId, bool upheld, string note, Actor decider, TimeProvider clock)
    {
        var appeal = _appeals.SingleOrDefault(candidate => candidate.Id == appealId)
            ?? throw new NotFoundException(nameof(Appeal), appealId);
        EnsureNotAParty(decider.Name, decider.TechnicianId, ResponsibleTechnicianId);
        if (appeal.Round > 1)
        {
            EnsureFurtherAppealDecider(decider);
        }

        var now = clock.GetUtcNow();
        appeal.Decide(upheld, note, decider.Name, now);
        if (upheld)
        {
            Raise(new ComplaintAppealUpheld(Id, appeal.Id, ResponsibleTechnicianId!.Value, Category, Verification!.DecidedOn, DeductionMonth!.Value, VerifiedDeduction!.Value, now));
        }
        else
        {
            Raise(new ComplaintAppealRejected(Id, appeal.Id, now));
        }
    }

    /// <summary>CP-8 (r2): the further appeal goes one level up, to a Director who had no hand in the first decision.</summary>
    private void EnsureFurtherAppealDecider(Actor decider)
    {
        if (!decider.IsDirector)
        {
            throw new BusinessRuleViolationException("CP-8", $"the further appeal against {Number} is decided by a Director");
        }

        var first = _appeals.Single(appeal => appeal.Round == 1);
        if (string.Equals(first.DecidedBy, decider.Name, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleViolationException("CP-8", $"{decider.Name} decided the first appeal against {Number}; another Director decides the further one");
        }
    }

    /// <summary>CP-4 (r2): nobody verifies or decides a complaint in which they are the accused or the responsible person.</summary>
    private void EnsureNotAParty(string decider, Guid? deciderTechnicianId, Guid? responsible)
    {
        if (deciderTechnicianId is not { } technician)
        {
            return;
        }

        if (technician == TechnicianId || technician == responsible)
        {
            var party = technician == TechnicianId ? "accused" : "responsible";
            throw new BusinessRuleViolationException("CP-4", $"{decider} is the {party} technician in {Number} and cannot verify or decide it");
        }
    }

    /// <summary>CP-5: the first registration day of the complaints this one can repeat.</summary>
    public DateOnly RepeatWindowStart(int windowDays) => RegisteredOn.AddDays(-windowDays);

    /// <summary>
    /// CP-5: this complaint repeats <paramref name="earlier"/> when the same customer registered it before this one,
    /// at most <paramref name="windowDays"/> days earlier (company-local registration days), it still stands
    /// against a technician (verified, not overturned), and it concerned the same work order, or the same
    /// machine in the same category.
    /// </summary>
    public bool Repeats(Complaint earlier, int windowDays) =>
        earlier.Id != Id
        && earlier.CustomerId == CustomerId
        && earlier.StandsAgainstTechnician
        && earlier.RegisteredAt < RegisteredAt
        && earlier.RegisteredOn >= RepeatWindowStart(windowDays)
        && ((WorkOrderId is not null && earlier.WorkOrderId == WorkOrderId)
            || (EquipmentId is not null && earlier.EquipmentId == EquipmentId && earlier.Category == Category));

    /// <summary>CP-7: a complaint of <paramref name="category"/> verified in <paramref name="quarter"/> that still stands against <paramref name="technicianId"/>.</summary>
    public bool CountsTowardsReview(Guid technicianId, ComplaintCategory category, CalendarQuarter quarter) =>
        StandsAgainstTechnician
        && ResponsibleTechnicianId == technicianId
        && Category == category
        && quarter.Contains(Verification!.DecidedOn);

    /// <summary>X-4: the technician is accused or responsible.</summary>
    public bool Concerns(Guid technicianId) => TechnicianId == technicianId || ResponsibleTechnicianId == technicianId;

    /// <summary>CP-9: updates are recorded until the complaint is closed, for a moment between registration and now.</summary>
    private DateTimeOffset EnsureUpdatable(string action, DateTimeOffset at, TimeProvider clock)
    {
        EnsureStatus("CP-9", action, ComplaintStatus.Received, ComplaintStatus.Investigating, ComplaintStatus.Verified, ComplaintStatus.Resolved);
        var now = clock.GetUtcNow();
        if (at > now || at < RegisteredAt)
        {
            throw new BusinessRuleViolationException("CP-9", $"{at:yyyy-MM-dd HH:mm zzz} is not between the registration of {Number} and now");
        }

        return now;
    }

    private void Updated(DateTimeOffset at)
    {
        if (at > LastUpdateAt)
        {
            LastUpdateAt = at;
        }
    }

    private void EnsureAwaitingFinding()
    {
        EnsureStatus("CP-3", "record a finding on", ComplaintStatus.Investigating);
        if (Verification is not null)
        {
            throw new BusinessRuleViolationException(
                "CP-3",
                $"{Number} was found {(IsVerified ? "verified" : "unfounded")} on {Verification.DecidedOn:yyyy-MM-dd}; only an appeal (CP-8) overturns a finding");
        }
    }

    private void EnsureStatus(string ruleId, string action, params ComplaintStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new BusinessRuleViolationException(ruleId, $"cannot {action} {Number} while it is {Status}");
        }
    }

    private void ChangeStatus(ComplaintStatus next, DateTimeOffset now)
    {
        var previous = Status;
        Status = next;
        Raise(new ComplaintStatusChanged(Id, previous, next, now));
    }
}
