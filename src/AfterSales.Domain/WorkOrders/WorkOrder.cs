using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Files;
using AfterSales.Domain.Inquiries;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.Technicians;

namespace AfterSales.Domain.WorkOrders;

/// <summary>
/// One repair or service request, from registration to closure (WO-1..WO-13). Every transition is a
/// method that checks the state it may happen in and the rule that governs it.
/// </summary>
public sealed partial class WorkOrder : AggregateRoot
{
    /// <summary>The field the store maps the clocks through.</summary>
    public const string ClocksField = nameof(_clocks);

    private readonly List<Assignment> _assignments = [];
    private readonly List<SlaClock> _clocks = [];
    private readonly List<FieldStep> _fieldSteps = [];
    private readonly List<TimeEntry> _timeEntries = [];
    private readonly List<Photo> _photos = [];
    private readonly List<FollowUp> _followUps = [];
    private readonly List<Resolution> _resolutions = [];

    private WorkOrder()
        : base(Guid.Empty)
    {
        Number = null!;
        ProblemDescription = null!;
    }

    private WorkOrder(Guid id)
        : base(id)
    {
        Number = null!;
        ProblemDescription = null!;
    }

    /// <summary>WO-1: the readable number, <c>WO-2026-000017</c>.</summary>
    public string Number { get; private set; }

    public WorkOrderStatus Status { get; private set; }

    public Channel Channel { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid EquipmentId { get; private set; }

    public Zone Zone { get; private set; }

    public Priority Priority { get; private set; }

    public ServiceType ServiceType { get; private set; }

    public string ProblemDescription { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The company-local day it arrived on; WO-3 puts orders carried over from earlier days first.</summary>
    public DateOnly ReceivedOn { get; private set; }

    public Guid? TechnicianId { get; private set; }

    /// <summary>
    /// X-4 (r2): the team of the technician the order is assigned to, stored with every assignment (WO-2, HC-5), so
    /// that a team lead's view of their team is a condition on the order itself; null while the order is unassigned.
    /// </summary>
    public string? Team { get; private set; }

    public ResolutionMethod? Method { get; private set; }

    public string? MethodNote { get; private set; }

    public Appointment? Appointment { get; private set; }

    public string? ContactNote { get; private set; }

    public DateTimeOffset? ArrivedAt { get; private set; }

    /// <summary>WO-5: an arrival more than the grace period after the appointment window opened.</summary>
    public bool LateArrival { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public WorkshopVisit? Workshop { get; private set; }

    public string? ResolutionSummary { get; private set; }

    public CustomerSignOff? SignOff { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelReason { get; private set; }

    public int ReopenCount { get; private set; }

    /// <summary>IQ-1: the inquiry this order was registered from, when it began as a question.</summary>
    public Guid? InquiryId { get; private set; }

    public string? LastReopenReason { get; private set; }

    public DateTimeOffset? LastReopenedAt { get; private set; }

    public IReadOnlyCollection<Assignment> Assignments => _assignments;

    public IReadOnlyCollection<SlaClock> Clocks => _clocks;

    /// <summary>WO-16: the technician's steps in the order they happened, each with its field time and the time it reached us.</summary>
    public IReadOnlyCollection<FieldStep> FieldSteps => _fieldSteps;

    /// <summary>The next deadline a clock can miss (WO-8), kept as the clocks change so the sweeper finds the order by index.</summary>
    public DateTimeOffset? NextClockDeadline { get; private set; }

    /// <summary>The worst state of the clocks that count, kept as the clocks change for the breached and at-risk lists.</summary>
    public SlaState WorstClockState { get; private set; } = SlaState.NotApplicable;

    public IReadOnlyCollection<TimeEntry> TimeEntries => _timeEntries;

    public IReadOnlyCollection<Photo> Photos => _photos;

    public IReadOnlyCollection<FollowUp> FollowUps => _followUps;

    /// <summary>Every time the order was resolved, by whom, and whether that fix was reopened; the quality metric of AS-1 reads it.</summary>
    public IReadOnlyCollection<Resolution> Resolutions => _resolutions;

    public bool IsOpen => WorkOrderLifecycle.IsOpen(Status);

    /// <summary>
    /// WO-1: registers a request for one machine of the customer. The service type defaults from the
    /// machine's warranty and contract on the day received (CU-2); the clocks that start on receipt
    /// start now (WO-6). An order a salesperson passed on says when they heard of the fault (WO-19).
    /// </summary>
    public static WorkOrder Register(
        string number,
        Channel channel,
        Customer customer,
        Equipment equipment,
        string problemDescription,
        Zone zone,
        Priority priority,
        ServiceType? serviceType,
        DateTimeOffset receivedAt,
        SlaPolicy sla,
        TimeProvider clock,
        DateTimeOffset? salespersonHeardAt = null)
    {
        var now = clock.GetUtcNow();
        receivedAt = receivedAt.ToUniversalTime();
        if (receivedAt > now)
        {
            throw new BusinessRuleViolationException("WO-1", "an order cannot be received in the future");
        }

        if (!customer.Equipment.Contains(equipment))
        {
            throw new ArgumentException("The equipment must be on the customer's card.", nameof(equipment));
        }

        equipment.EnsureInService();

        var receivedOn = sla.Calendar.LocalDate(receivedAt);
        var order = new WorkOrder(Guid.CreateVersion7())
        {
            Number = Require.Text(number, 20),
            Status = WorkOrderStatus.Registered,
            Channel = Require.Defined(channel),
            CustomerId = customer.Id,
            EquipmentId = equipment.Id,
            Zone = Require.Defined(zone),
            Priority = Require.Defined(priority),
            ServiceType = serviceType is { } requested ? Require.Defined(requested) : equipment.DefaultServiceTypeOn(receivedOn),
            ProblemDescription = Require.Text(problemDescription, 4000),
            ReceivedAt = receivedAt,
            ReceivedOn = receivedOn,
        };
        order.RecordSalespersonForward(salespersonHeardAt, sla);
        order._clocks.AddRange(SlaPolicy.Clocks.Select(name => new SlaClock(name)));
        order.StartClock(SlaClockName.Dispatch, receivedAt, sla);

        // WO-6 (r2): whether the visit is on site is not known yet, so the arrival clock runs provisionally.
        order.StartClock(SlaClockName.Arrival, receivedAt, sla.ForContractOf(equipment, receivedOn), provisional: true);
        order.StartClock(SlaClockName.Resolution, receivedAt, sla);
        order.Raise(new WorkOrderRegistered(order.Id, order.Number, now));

        // A backdated order may already be late.
        order.DetectBreaches(now);
        return order;
    }

    /// <summary>IQ-1: links the order, as it is registered, to the inquiry it was turned from.</summary>
    internal void OriginateFrom(Inquiry inquiry)
    {
        if (InquiryId is not null)
        {
            throw new InvalidOperationException($"{Number} was already registered from an inquiry.");
        }

        InquiryId = inquiry.Id;
    }

    /// <summary>
    /// WO-2: gives the order to an active technician (TE-2) of a team the assigner reaches: a team lead assigns and
    /// reassigns only to their own team (X-4 r2). The first assignment stops the dispatch clock and starts the contact
    /// and plan clocks; a reassignment needs a reason and keeps the history.
    /// </summary>
    public void Assign(Technician technician, string assignedBy, TeamReach assignersReach, string? reason, SlaPolicy sla, TimeProvider clock)
    {
        Ensure(WorkOrderAction.Assign);
        assignersReach.EnsureReaches(technician.Team, "X-4", $"assign {Number} to technician {technician.EmployeeNumber}");
        var previous = TechnicianId;
        var now = clock.GetUtcNow();
        RecordAssignment(technician, assignedBy, reason, now);
        if (previous is null)
        {
            StopClock(SlaClockName.Dispatch, now);
            StartClock(SlaClockName.Contact, now, sla);
            StartClock(SlaClockName.Plan, now, sla);
            ChangeStatus(WorkOrderStatus.Assigned, now);
        }

        Raise(new WorkOrderAssigned(Id, technician.Id, previous, now));
    }

    /// <summary>
    /// WO-5: the customer was contacted (at <paramref name="at"/>, default now), with the appointment window agreed for a
    /// visit; stops the contact clock. A new window for a visit already agreed is a move (WO-20 r2), with its
    /// <paramref name="moveReason"/> and when the customer was told (<paramref name="customerToldAt"/>, default the contact).
    /// </summary>
    public void RecordContact(
        Appointment? appointment,
        string? note,
        TimeProvider clock,
        DateTimeOffset? at = null,
        string? moveReason = null,
        DateTimeOffset? customerToldAt = null)
    {
        Ensure(WorkOrderAction.RecordContact);
        if (Method == ResolutionMethod.OnSite && appointment is null)
        {
            throw new BusinessRuleViolationException("WO-4", "an on-site visit needs an appointment window");
        }

        if (appointment is not null && appointment.Start < ReceivedAt)
        {
            throw new BusinessRuleViolationException("WO-5", "the appointment cannot start before the order was received");
        }

        var now = clock.GetUtcNow();
        var contactNote = Require.OptionalText(note, 1000);
        var move = VisitMoveTo(appointment, moveReason, customerToldAt ?? at ?? now, now);
        var contactedAt = RecordFieldStep(FieldStepKind.Contact, at ?? now, now);
        RecordVisitMove(move);
        if (appointment is not null && Appointment?.IsSameWindow(appointment) != true)
        {
            // The same window agreed again keeps its reconfirmation (WO-20).
            Appointment = appointment;
        }

        ContactNote = contactNote ?? ContactNote;
        StopClock(SlaClockName.Contact, contactedAt);
        if (Status == WorkOrderStatus.Assigned)
        {
            ChangeStatus(WorkOrderStatus.Scheduled, now);
        }
        else
        {
            Raise(new WorkRecorded(Id, "contact", now));
        }
    }

    /// <summary>
    /// WO-4: the technician chooses how to resolve the fault, any time before work starts. Shipping a
    /// part needs the customer told how to fit it and that damage from wrong fitting is theirs to pay.
    /// Choosing (at <paramref name="at"/>, default now) stops the plan clock (and the contact clock: the customer has been reached).
    /// </summary>
    public void ChooseMethod(ResolutionMethod method, string? note, bool customerAdvisedOnFitting, TimeProvider clock, DateTimeOffset? at = null)
    {
        Ensure(WorkOrderAction.ChooseMethod);
        if (method == ResolutionMethod.ShipParts && !customerAdvisedOnFitting)
        {
            throw new BusinessRuleViolationException(
                "WO-4",
                "shipping parts needs a record that the customer was told how to fit them and that damage from wrong fitting is the customer's cost");
        }

        var now = clock.GetUtcNow();
        var methodNote = Require.OptionalText(note, 1000);
        var chosenAt = RecordFieldStep(FieldStepKind.Plan, at ?? now, now);
        Method = Require.Defined(method);
        MethodNote = methodNote;
        StopClock(SlaClockName.Plan, chosenAt);
        StopClock(SlaClockName.Contact, chosenAt);
        // WO-6 (r2): the provisional arrival clock becomes the visit's, or stops applying; so does a change of mind.
        var arrival = ClockOf(SlaClockName.Arrival);
        if (method == ResolutionMethod.OnSite)
        {
            arrival.Applicable();
        }
        else
        {
            arrival.NotApplicable();
        }

        Raise(new ResolutionMethodChosen(Id, method, now));

        // An on-site visit chosen after the arrival deadline is already overdue.
        DetectBreaches(now);
    }

    /// <summary>WO-5: the technician arrived on site (the step's field time, WO-16); later than the grace period after the window opened is a late arrival. Stops the arrival clock.</summary>
    public void RecordArrival(DateTimeOffset arrivedAt, SlaPolicy sla, TimeProvider clock)
    {
        Ensure(WorkOrderAction.RecordArrival);
        if (Method != ResolutionMethod.OnSite || Appointment is null)
        {
            throw new BusinessRuleViolationException("WO-5", "an arrival is recorded for an on-site visit with an appointment");
        }

        if (ArrivedAt is not null)
        {
            throw new BusinessRuleViolationException("WO-5", "the arrival is already recorded");
        }

        var now = clock.GetUtcNow();
        arrivedAt = RecordFieldStep(FieldStepKind.Arrival, arrivedAt, now);
        ArrivedAt = arrivedAt;
        LateArrival |= arrivedAt > Appointment.Start + sla.AppointmentGrace;
        StopClock(SlaClockName.Arrival, arrivedAt);
        Raise(new ArrivalRecorded(Id, arrivedAt, LateArrival, now));
    }

    /// <summary>Work begins (at <paramref name="at"/>, default now): the method is chosen (WO-4), an on-site technician has arrived (WO-5), paid work is quoted and the quote accepted (WO-12).</summary>
    public void StartWork(TimeProvider clock, DateTimeOffset? at = null)
    {
        Ensure(WorkOrderAction.StartWork);
        if (Method is null)
        {
            throw new BusinessRuleViolationException("WO-4", "choose a resolution method before starting work");
        }

        if (Method == ResolutionMethod.OnSite && ArrivedAt is null)
        {
            throw new BusinessRuleViolationException("WO-5", "record the arrival on site before starting work");
        }

        if (ServiceType == ServiceType.Paid && Quote is null)
        {
            throw new BusinessRuleViolationException("WO-12", "paid work starts only after the customer accepted a quoted fee");
        }

        var now = clock.GetUtcNow();
        StartedAt = RecordFieldStep(FieldStepKind.Start, at ?? now, now);
        ChangeStatus(WorkOrderStatus.InProgress, now);
    }

    /// <summary>WO-10: before the item leaves, the receipt, its condition, what stays with the customer, the promised return and any loaner are recorded.</summary>
    public void CarryBackToWorkshop(
        string receiptNumber,
        string condition,
        string accessoriesLeftWithCustomer,
        DateOnly promisedReturnOn,
        bool loanerGiven,
        TimeProvider clock,
        DateTimeOffset? at = null)
    {
        Ensure(WorkOrderAction.CarryBack);
        if (Method != ResolutionMethod.Workshop)
        {
            throw new BusinessRuleViolationException("WO-10", $"the order's method is {Method}, not Workshop");
        }

        if (Workshop is { IsReturned: false })
        {
            throw new BusinessRuleViolationException("WO-10", "the item is already in the workshop");
        }

        var now = clock.GetUtcNow();
        var takenAt = at?.ToUniversalTime() ?? now;
        var visit = new WorkshopVisit(receiptNumber, condition, accessoriesLeftWithCustomer, promisedReturnOn, loanerGiven, takenAt);
        RecordFieldStep(FieldStepKind.CarryBack, takenAt, now);
        Workshop = visit;
        Raise(new WorkRecorded(Id, "carry-back", now));
    }

    /// <summary>WO-10: the repaired item is back (the step's field time, WO-16); the customer tried it and signed.</summary>
    public void ReturnToCustomer(DateTimeOffset returnedAt, string signedBy, TimeProvider clock)
    {
        Ensure(WorkOrderAction.ReturnToCustomer);
        if (Workshop is null)
        {
            throw new BusinessRuleViolationException("WO-10", "no carry-back to the workshop is recorded");
        }

        var now = clock.GetUtcNow();
        Workshop.RecordReturn(returnedAt, signedBy);
        RecordFieldStep(FieldStepKind.Return, returnedAt, now, "returnedAt");
        Raise(new WorkRecorded(Id, "return", now));
        Raise(new ItemReturnedToCustomer(Id, Workshop.ReturnedAt!.Value, now));
    }

    /// <summary>WO-9: time spent on the order, by kind, by the technician named or else the order's own, recorded at <paramref name="at"/> (default now).</summary>
    public TimeEntry AddTimeEntry(Guid? technicianId, DateTimeOffset startedAt, int minutes, TimeEntryKind kind, TimeProvider clock, DateTimeOffset? at = null)
    {
        Ensure(WorkOrderAction.AddTimeEntry);
        var spentBy = technicianId ?? TechnicianId ?? throw WorkOrderLifecycle.Refusal(this, WorkOrderAction.AddTimeEntry);
        var now = clock.GetUtcNow();
        var recordedAt = at?.ToUniversalTime() ?? now;
        if (startedAt.ToUniversalTime() > recordedAt)
        {
            throw new BusinessRuleViolationException("WO-9", "time cannot be recorded ahead of time");
        }

        var entry = new TimeEntry(spentBy, startedAt, minutes, kind);
        RecordFieldStep(FieldStepKind.TimeEntry, recordedAt, now);
        _timeEntries.Add(entry);
        Raise(new WorkRecorded(Id, "time", now));
        return entry;
    }

    /// <summary>
    /// WO-9 (r2): a photo of the work, an uploaded image. The same file attached again is the photo already
    /// there, so a retried request never adds a second one.
    /// </summary>
    public Photo AddPhoto(FileUpload file, string? caption, string addedBy, TimeProvider clock)
    {
        Ensure(WorkOrderAction.AddPhoto);
        file.EnsureComplete();
        if (!FileSignatures.IsImage(file.ContentType!))
        {
            throw new BusinessRuleViolationException("WO-9", $"a photo is an image; file {file.Id} is {file.ContentType}");
        }

        if (_photos.Find(photo => photo.FileId == file.Id) is { } attached)
        {
            return attached;
        }

        var now = clock.GetUtcNow();
        var photo = new Photo(file.Id, caption, addedBy, now);
        _photos.Add(photo);
        Raise(new WorkRecorded(Id, "photo", now));
        return photo;
    }

    /// <summary>
    /// WO-9: the work is done. On-site and workshop orders need the customer's sign-off with (r2) their signature, and a
    /// workshop item must be back with the customer (WO-10). Stops the resolution clock when the work was done in the
    /// field (at <paramref name="at"/>, default now) and starts the follow-up clock when the office learns of it (now).
    /// </summary>
    public void Resolve(string summary, CustomerSignOff? signOff, SlaPolicy sla, TimeProvider clock, DateTimeOffset? at = null)
    {
        Ensure(WorkOrderAction.Resolve);
        var technicianId = TechnicianId ?? throw WorkOrderLifecycle.Refusal(this, WorkOrderAction.Resolve);
        if (Method is ResolutionMethod.OnSite or ResolutionMethod.Workshop && signOff is not { SignatureFileId: not null })
        {
            throw new BusinessRuleViolationException("WO-9", $"{Method} work needs the customer's sign-off with their signature file to be resolved");
        }

        if (Method == ResolutionMethod.Workshop && Workshop is not { IsReturned: true })
        {
            throw new BusinessRuleViolationException("WO-10", "the item must be back with the customer before the order is resolved");
        }

        EnsureChargeablePartsQuoted();
        var now = clock.GetUtcNow();
        var resolutionSummary = Require.Text(summary, 4000);
        var resolvedAt = RecordFieldStep(FieldStepKind.Resolve, at ?? now, now);
        ResolutionSummary = resolutionSummary;
        SignOff = signOff;
        ResolvedAt = resolvedAt;
        _resolutions.Add(new Resolution(technicianId, resolvedAt));
        StopClock(SlaClockName.Resolution, resolvedAt);

        // Every resolution gets its follow-up (WO-13), after a reopening a new one (r2).
        StartNextRound(SlaClockName.FollowUp, now, sla);
        ChangeStatus(WorkOrderStatus.Resolved, now);
    }

    /// <summary>
    /// WO-13: the follow-up call. Satisfied closes the order; not satisfied sends it back to its technician (still
    /// there: a leaver's resolved orders are handed over, HC-5) with a new resolution clock.
    /// </summary>
    public void RecordFollowUp(bool satisfied, Survey survey, string? comments, string recordedBy, SlaPolicy sla, TimeProvider clock)
    {
        Ensure(WorkOrderAction.RecordFollowUp);
        if (satisfied)
        {
            EnsureNoUnfittedPartsOut("close");
        }

        var now = clock.GetUtcNow();
        _followUps.Add(new FollowUp(satisfied, survey, comments, recordedBy, now));
        StopClock(SlaClockName.FollowUp, now);
        Raise(new FollowUpRecorded(Id, satisfied, survey, now));
        if (satisfied)
        {
            ClosedAt = now;
            ChangeStatus(WorkOrderStatus.Closed, now);
        }
        else
        {
            ReturnToWork(now, ReopenReasonFrom(comments), sla);
            ChangeStatus(WorkOrderStatus.Assigned, now);
        }
    }

    /// <summary>
    /// A closed order comes back when the fault returns within the reopening window, with a new resolution clock (WO-13
    /// r2). It goes back to its technician (<paramref name="technician"/>); if they have departed, to the customer's
    /// responsible technician (<paramref name="responsible"/>) when active, else to the dispatch queue with a new dispatch
    /// clock. A technician still leaving keeps it: their open handover lists it (HC-2).
    /// </summary>
    public void Reopen(string reason, int windowDays, Technician? technician, Technician? responsible, string reopenedBy, SlaPolicy sla, TimeProvider clock)
    {
        Ensure(WorkOrderAction.Reopen);
        var closedAt = ClosedAt ?? throw WorkOrderLifecycle.Refusal(this, WorkOrderAction.Reopen);

        // A closed order was resolved, so it has a technician.
        if (technician is null || technician.Id != TechnicianId)
        {
            throw new ArgumentException("The technician must be the order's.", nameof(technician));
        }

        var reopenReason = Require.Text(reason, 500);
        var now = clock.GetUtcNow();
        if (now > closedAt.AddDays(windowDays))
        {
            throw new BusinessRuleViolationException("WO-13", $"{Number} was closed more than {windowDays} days ago and cannot be reopened");
        }

        ClosedAt = null;
        ReturnToWork(now, reopenReason, sla);
        if (technician.Status != TechnicianStatus.Departed)
        {
            ChangeStatus(WorkOrderStatus.Assigned, now);
        }
        else if (responsible is { Status: TechnicianStatus.Active })
        {
            RecordAssignment(responsible, reopenedBy, $"WO-13: technician {technician.EmployeeNumber} has departed", now);
            Raise(new WorkOrderAssigned(Id, responsible.Id, technician.Id, now));
            ChangeStatus(WorkOrderStatus.Assigned, now);
        }
        else
        {
            TechnicianId = null;
            Team = null;
            StartNextRound(SlaClockName.Dispatch, now, sla);
            ChangeStatus(WorkOrderStatus.Registered, now);
        }
    }

    /// <summary>
    /// An order is cancelled before work starts; clocks still running no longer apply, and part requests not yet
    /// issued are withdrawn. Parts already out must be back first (WO-11 r2).
    /// </summary>
    public void Cancel(string reason, TimeProvider clock)
    {
        Ensure(WorkOrderAction.Cancel);
        EnsureNoUnfittedPartsOut("cancel");
        var now = clock.GetUtcNow();
        CancelReason = Require.Text(reason, 500);
        WithdrawPendingParts();
        CancelledAt = now;
        DetectBreaches(now);
        foreach (var running in _clocks)
        {
            running.NotApplicable();
        }

        ReviewClocks();
        ChangeStatus(WorkOrderStatus.Cancelled, now);
    }

    /// <summary>
    /// WO-17, WO-8: marks every running clock past its deadline overdue, and records as breached (once) those past their
    /// final deadline too: an office clock at its deadline, a field clock when the sync grace has passed as well.
    /// </summary>
    public void DetectBreaches(DateTimeOffset now)
    {
        foreach (var slaClock in CurrentClocks().Where(candidate => candidate.JudgeLate(now)))
        {
            Raise(new SlaClockBreached(Id, slaClock.Name, slaClock.Deadline!.Value, now));
        }

        ReviewClocks();
    }

    public bool IsAssignedTo(Guid technicianId) => TechnicianId == technicianId;

    /// <summary>The clock of <paramref name="name"/> that runs now: the latest round (WO-13 r2).</summary>
    public SlaClock ClockOf(SlaClockName name) => _clocks.Where(candidate => candidate.Name == name).MaxBy(candidate => candidate.Round)!;

    /// <summary>The follow-up's comments (up to 2,000 characters) as the reopen reason, cut to its 500 without splitting a surrogate pair.</summary>
    private static string ReopenReasonFrom(string? comments)
    {
        const int maxLength = 500;
        var reason = Require.OptionalText(comments, 2000) ?? "customer not satisfied at follow-up";
        if (reason.Length <= maxLength)
        {
            return reason;
        }

        return reason[..(char.IsHighSurrogate(reason[maxLength - 1]) ? maxLength - 1 : maxLength)].TrimEnd();
    }

    /// <summary>TE-2 and the history WO-2 keeps: who has the order now (and their team, X-4), who gave it to them, when and why.</summary>
    private void RecordAssignment(Technician technician, string assignedBy, string? reason, DateTimeOffset now)
    {
        technician.EnsureCanTakeNewWork();
        if (TechnicianId == technician.Id)
        {
            throw new BusinessRuleViolationException("WO-2", $"{Number} is already assigned to technician {technician.EmployeeNumber}");
        }

        if (TechnicianId is not null && string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleViolationException("WO-2", "a reassignment needs a reason");
        }

        _assignments.Add(new Assignment(technician.Id, now, assignedBy, reason));
        TechnicianId = technician.Id;
        Team = technician.Team;
    }

    /// <summary>Each clock's latest round: the earlier ones have ended and stay on record as they ended (WO-13 r2).</summary>
    private IEnumerable<SlaClock> CurrentClocks() => SlaPolicy.Clocks.Select(ClockOf);

    private void ReviewClocks() => (NextClockDeadline, WorstClockState) = SlaStanding.Of(CurrentClocks());

    /// <summary>Both ways back (an unsatisfied follow-up, a reopening after closure): the work starts over, timed again (WO-13 r2).</summary>
    private void ReturnToWork(DateTimeOffset now, string reason, SlaPolicy sla)
    {
        _resolutions.MaxBy(resolution => resolution.ResolvedAt)!.MarkReopened(now);
        ReopenCount++;
        LastReopenedAt = now;
        LastReopenReason = reason;
        StartedAt = null;
        ArrivedAt = null;
        Appointment = null;
        SignOff = null;
        StartNextRound(SlaClockName.Resolution, now, sla);
    }

    private void StartClock(SlaClockName name, DateTimeOffset at, SlaPolicy sla, bool provisional = false)
    {
        var slaClock = ClockOf(name);
        if (slaClock.StartedAt is null)
        {
            slaClock.Start(at, sla.DeadlineFor(name, at, Zone), sla.GraceFor(name), provisional);
        }

        ReviewClocks();
    }

    /// <summary>Starts the clock's first round if it has not run yet, else a new round after the order's latest reopening (WO-13 r2).</summary>
    private void StartNextRound(SlaClockName name, DateTimeOffset at, SlaPolicy sla)
    {
        if (ClockOf(name).StartedAt is not null)
        {
            _clocks.Add(new SlaClock(name, ReopenCount + 1));
        }

        StartClock(name, at, sla);
    }

    private void StopClock(SlaClockName name, DateTimeOffset at)
    {
        var slaClock = ClockOf(name);
        if (slaClock.Stop(at))
        {
            Raise(new SlaClockBreached(Id, name, slaClock.Deadline!.Value, at));
        }

        ReviewClocks();
    }

    /// <summary>
    /// WO-16: keeps when a technician step happened in the field beside when it reached us, and returns that field time.
    /// It may not lie before the order's previous step (or its receipt): the app replays its offline queue in order, so
    /// an earlier time is a wrong phone clock or a reordered queue, refused as bad input naming <paramref name="field"/>.
    /// Being ahead of the server's clock is the validators' check, which needs the clock but not the order.
    /// </summary>
    private DateTimeOffset RecordFieldStep(FieldStepKind step, DateTimeOffset at, DateTimeOffset now, string field = "at")
    {
        var fieldTime = at.ToUniversalTime();
        var previous = _fieldSteps.Count == 0 ? ReceivedAt : _fieldSteps.Max(earlier => earlier.At);
        if (fieldTime < previous)
        {
            throw new InvalidInputException(
                field,
                $"WO-16: a step cannot have happened before the order's previous step or its receipt ({previous:yyyy-MM-ddTHH:mm:ssZ}).");
        }

        _fieldSteps.Add(new FieldStep(_fieldSteps.Count + 1, step, fieldTime, now));
        return fieldTime;
    }

    /// <summary>Refuses an action the order's status does not allow (the lifecycle table), naming the rule.</summary>
    private void Ensure(WorkOrderAction action) => WorkOrderLifecycle.Ensure(this, action);

    private void ChangeStatus(WorkOrderStatus next, DateTimeOffset now)
    {
        var previous = Status;
        Status = next;
        Raise(new WorkOrderStatusChanged(Id, previous, next, now));
    }
}
