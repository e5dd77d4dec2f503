using System.Globalization;
using System.Linq.Expressions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Receivables;
using AfterSales.Domain.Renewals;
using AfterSales.Domain.SalesLeads;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Handovers;

/// <summary>
/// When a technician leaves or transfers, everything in their hands is listed, dealt with one item at a
/// time, signed off by three people and then handed over at once, so nothing is lost (HC-1..HC-6).
/// </summary>
public sealed class HandoverChecklist : AggregateRoot
{
    public const int TeamMaxLength = 50;

    private readonly List<HandoverItem> _items = [];
    private readonly List<HandoverSignOff> _signOffs = [];

    private HandoverChecklist()
        : base(Guid.Empty)
    {
        StartedBy = null!;
    }

    private HandoverChecklist(Guid id)
        : base(id)
    {
        StartedBy = null!;
    }

    /// <summary>The leaver.</summary>
    public Guid TechnicianId { get; private set; }

    public HandoverReason Reason { get; private set; }

    /// <summary>The company-local day the technician leaves; still open after it, the checklist is overdue (HC-6).</summary>
    public DateOnly EffectiveDate { get; private set; }

    /// <summary>Takes the work over unless an item names someone else; signs as <see cref="HandoverParty.Receiver"/>.</summary>
    public Guid SuccessorId { get; private set; }

    /// <summary>The supervising technician who signs as <see cref="HandoverParty.Supervisor"/>; none for a leaver with none (a team lead), whose supervisor is a Manager (HC-1).</summary>
    public Guid? SupervisorId { get; private set; }

    /// <summary>For a <see cref="HandoverReason.Transfer"/>, the team the technician moves to.</summary>
    public string? NewTeam { get; private set; }

    public HandoverStatus Status { get; private set; }

    public string StartedBy { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public string? CompletedBy { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? WithdrawnBy { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public IReadOnlyCollection<HandoverItem> Items => _items;

    public IReadOnlyCollection<HandoverSignOff> SignOffs => _signOffs;

    /// <summary>
    /// HC-1, HC-2: starts the handover of an active technician to an active successor, supervised by the leaver's
    /// supervising technician (r2), who must be a third person; a leaver with none (a team lead) is supervised by a
    /// Manager. Lists what the records say the leaver holds. The leaver becomes
    /// <see cref="TechnicianStatus.Leaving"/>, so no new work reaches them (TE-2).
    /// </summary>
    public static HandoverChecklist Start(
        Technician leaver,
        HandoverReason reason,
        DateOnly effectiveDate,
        Technician successor,
        Technician? supervisor,
        string? newTeam,
        HeldRecords records,
        string startedBy,
        TimeProvider clock)
    {
        Require.Defined(reason);
        if (successor.Id == leaver.Id)
        {
            throw new BusinessRuleViolationException("HC-1", $"technician {leaver.EmployeeNumber} cannot be their own successor");
        }

        if (successor.Status != TechnicianStatus.Active)
        {
            throw new BusinessRuleViolationException("HC-1", $"the successor {successor.EmployeeNumber} is {successor.Status}; a successor must be Active");
        }

        if (supervisor?.Id != leaver.SupervisorId)
        {
            throw new BusinessRuleViolationException(
                "HC-1",
                leaver.SupervisorId is null
                    ? $"technician {leaver.EmployeeNumber} has no supervising technician, so a Manager supervises the handover; name no supervisor"
                    : $"the supervisor of the handover of {leaver.EmployeeNumber} is their supervising technician");
        }

        if (supervisor is not null && (supervisor.Id == leaver.Id || supervisor.Id == successor.Id))
        {
            throw new BusinessRuleViolationException("HC-1", "the successor and the supervisor sign off as two different people, beside the leaver; name another successor");
        }

        if (supervisor is { Status: TechnicianStatus.Departed })
        {
            throw new BusinessRuleViolationException("HC-1", $"the supervisor {supervisor.EmployeeNumber} has departed");
        }

        var team = TeamAfter(reason, newTeam, leaver);
        leaver.BeginHandover(clock);
        var now = clock.GetUtcNow();
        var checklist = new HandoverChecklist(Guid.CreateVersion7())
        {
            TechnicianId = leaver.Id,
            Reason = reason,
            EffectiveDate = effectiveDate,
            SuccessorId = successor.Id,
            SupervisorId = supervisor?.Id,
            NewTeam = team,
            Status = HandoverStatus.Open,
            StartedBy = Require.Text(startedBy, 100),
            StartedAt = now,
        };
        checklist.Raise(new HandoverStarted(checklist.Id, leaver.Id, reason, now));
        checklist.ListRecords(leaver, records, clock);
        return checklist;
    }

    /// <summary>HC-6: still open after the effective date.</summary>
    public bool IsOverdueOn(DateOnly today) => Status == HandoverStatus.Open && EffectiveDate < today;

    /// <summary>HC-6, for the store: <see cref="IsOverdueOn"/> as a filter.</summary>
    public static Expression<Func<HandoverChecklist, bool>> OverdueOn(DateOnly today) =>
        checklist => checklist.Status == HandoverStatus.Open && checklist.EffectiveDate < today;

    /// <summary>The leaver, the successor and the supervisor: the people the checklist is about.</summary>
    public bool Involves(Guid technicianId) => technicianId == TechnicianId || technicianId == SuccessorId || technicianId == SupervisorId;

    /// <summary>HC-5: the technician who signs as <paramref name="party"/>; none for a supervisor who is a Manager.</summary>
    public Guid? TechnicianOf(HandoverParty party) => party switch
    {
        HandoverParty.Leaver => TechnicianId,
        HandoverParty.Receiver => SuccessorId,
        HandoverParty.Supervisor => SupervisorId,
        _ => throw new ArgumentOutOfRangeException(nameof(party), party, "Unknown party."),
    };

    /// <summary>HC-2: an open order of the leaver's, e.g. one reopened after the start; listed once.</summary>
    public HandoverItem ListWorkOrder(WorkOrder order, TimeProvider clock)
    {
        EnsureHolds(order.IsOpen && order.IsAssignedTo(TechnicianId), $"{order.Number} is not an open order of the leaver's");
        return List(HandoverItemKind.WorkOrder, order.Id, $"Reassign work order {order.Number} ({order.Status})", clock);
    }

    /// <summary>HC-2: an unsettled receivable owed through the leaver, e.g. one opened after the start; listed once.</summary>
    public HandoverItem ListReceivable(Receivable receivable, TimeProvider clock)
    {
        EnsureHolds(!receivable.IsSettled && receivable.TechnicianId == TechnicianId, $"the receivable for {receivable.OrderNumber} is not an unsettled one of the leaver's");
        return List(
            HandoverItemKind.Receivable,
            receivable.Id,
            string.Create(CultureInfo.InvariantCulture, $"Settle or transfer the receivable of {receivable.Outstanding:0.00} on {receivable.OrderNumber}"),
            clock);
    }

    /// <summary>HC-2, WO-12 (r2): cash the leaver collected, on whichever order it is now, and has not remitted; listed once.</summary>
    public HandoverItem ListCashPayment(WorkOrder order, Payment payment, TimeProvider clock)
    {
        EnsureHolds(order.Payments.Contains(payment) && payment.IsCashHeldBy(TechnicianId), "the payment is not unremitted cash the leaver collected");
        return List(
            HandoverItemKind.Receivable,
            payment.Id,
            string.Create(CultureInfo.InvariantCulture, $"Remit the cash of {payment.Amount:0.00} collected on {order.Number} on {payment.ReceivedOn:yyyy-MM-dd}"),
            clock,
            cash: true);
    }

    /// <summary>HC-2 (r2): an old part still to come back from one of the leaver's orders, with the deposit held for it (WO-11); listed once.</summary>
    public HandoverItem ListOldPart(WorkOrder order, Part part, TimeProvider clock)
    {
        EnsureHolds(order.IsAssignedTo(TechnicianId) && order.OutstandingOldParts.Contains(part), $"part {part.PartNumber} is not an outstanding old part on an order of the leaver's");
        return List(
            HandoverItemKind.OldPart,
            part.Id,
            string.Create(CultureInfo.InvariantCulture, $"Bring back or hand over the old part {part.PartNumber} ({part.Name}) of {order.Number}, deposit {part.Deposit:0.00} held"),
            clock);
    }

    /// <summary>HC-2 (r2): an open renewal task the leaver is to visit for (CU-3); listed once.</summary>
    public HandoverItem ListRenewalTask(RenewalTask task, TimeProvider clock)
    {
        EnsureHolds(task.IsOpen && task.TechnicianId == TechnicianId, "the renewal task is not an open one of the leaver's");
        return List(
            HandoverItemKind.RenewalTask,
            task.Id,
            string.Create(CultureInfo.InvariantCulture, $"Reassign the renewal of the maintenance contract ending {task.ContractEndsOn:yyyy-MM-dd} ({task.Status})"),
            clock);
    }

    /// <summary>HC-2 (r2): a sales lead the leaver found that sales has not yet won or lost (WO-15); listed once.</summary>
    public HandoverItem ListSalesLead(SalesLead lead, TimeProvider clock)
    {
        EnsureHolds(lead.IsPending && lead.TechnicianId == TechnicianId, "the sales lead is not a pending one of the leaver's");
        return List(HandoverItemKind.SalesLead, lead.Id, $"Reassign the sales lead for {lead.Model} ({lead.Status})", clock);
    }

    /// <summary>HC-2: company property in the leaver's keeping (TE-4), e.g. issued after the start; listed once.</summary>
    public HandoverItem ListProperty(Technician leaver, Guid propertyItemId, TimeProvider clock)
    {
        var property = leaver.Property.SingleOrDefault(item => item.Id == propertyItemId);
        EnsureHolds(leaver.Id == TechnicianId && property is { IsOutstanding: true }, "the property item is not outstanding with the leaver");
        return List(
            HandoverItemKind.Property,
            property!.Id,
            $"Return, transfer or record as lost: {property.Kind} {property.Description} (asset {property.AssetTag})",
            clock);
    }

    /// <summary>HC-2, HC-3: an information-system account, by system and user name only.</summary>
    public HandoverItem AddAccount(string systemName, string userName, string description, TimeProvider clock) =>
        Add(HandoverItem.ForAccount(systemName, userName, description), clock);

    /// <summary>HC-2: anything else to hand over.</summary>
    public HandoverItem AddOther(string description, TimeProvider clock) => Add(HandoverItem.Other(description), clock);

    /// <summary>HC-4: who takes over an item ending with <paramref name="outcome"/>: the technician named, by default the successor; nobody for outcomes that hand nothing over.</summary>
    public Guid? TakerFor(HandoverOutcome outcome, Guid? named) => HandoverItem.TakesOver(outcome) ? named ?? SuccessorId : named;

    /// <summary>
    /// HC-4: an item is done, with an outcome and a note. A reassigned or transferred item names an active
    /// technician (TE-2) to take it over when the checklist completes. Property is confirmed returned by the
    /// supervisor or a Manager, never by the leaver (r2). An outcome the records can confirm (r2) is checked
    /// against <paramref name="records"/>, the records the item refers to, so the checklist cannot say what is not so:
    /// cash is remitted once Finance has taken it in, an old part returned once the Warehouse has booked it in.
    /// </summary>
    public void CompleteItem(Guid itemId, HandoverOutcome outcome, string note, Technician? taker, Actor by, HeldRecords records, TimeProvider clock)
    {
        EnsureOpen("HC-4");
        var item = Item(itemId);
        if (item.Kind == HandoverItemKind.Property && outcome == HandoverOutcome.Returned && (by.Is(TechnicianId) || !by.IsManager && !by.Is(SupervisorId)))
        {
            throw new BusinessRuleViolationException("HC-4", $"{item.Description}: property is confirmed returned by the supervisor or a Manager, never by the leaver");
        }

        if (item.IsPending && !RecordsConfirm(item, outcome, records))
        {
            throw new BusinessRuleViolationException("HC-4", $"{item.Description}: the records do not show it {outcome} yet");
        }

        taker?.EnsureCanTakeNewWork();
        var now = clock.GetUtcNow();
        item.Complete(outcome, note, taker?.Id, by.Name, now);
        Raise(new HandoverItemEnded(Id, item.Id, item.State, now));
    }

    /// <summary>HC-4: an item that needs no handling, with the reason; the caller makes sure only a Manager waives. Only some kinds may be waived (r2).</summary>
    public void WaiveItem(Guid itemId, string reason, string by, TimeProvider clock)
    {
        EnsureOpen("HC-4");
        var item = Item(itemId);
        var now = clock.GetUtcNow();
        item.Waive(reason, by, now);
        Raise(new HandoverItemEnded(Id, item.Id, item.State, now));
    }

    /// <summary>
    /// HC-5 (r2): a party signs, once, as themselves: the leaver and the successor as the technicians they are, the
    /// supervisor as the supervising technician or, when the checklist names none, as a Manager. Nobody signs for
    /// someone else, and one person gives at most one of the three signatures.
    /// </summary>
    public void SignOff(HandoverParty party, Actor signer, TimeProvider clock)
    {
        EnsureOpen("HC-5");
        if (_signOffs.Any(signOff => signOff.Party == party))
        {
            throw new BusinessRuleViolationException("HC-5", $"the {party} has already signed off");
        }

        if (!MaySignAs(party, signer))
        {
            throw new BusinessRuleViolationException("HC-5", $"{signer.Name} is not the {party} of this handover; each party signs as themselves");
        }

        if (_signOffs.SingleOrDefault(signOff => string.Equals(signOff.By, signer.Name, StringComparison.OrdinalIgnoreCase)) is { } earlier)
        {
            throw new BusinessRuleViolationException("HC-5", $"{signer.Name} has already signed as the {earlier.Party}; one person gives one of the three sign-offs");
        }

        var now = clock.GetUtcNow();
        _signOffs.Add(new HandoverSignOff(party, signer.Name, now));
        Raise(new HandoverSignedOff(Id, party, now));
    }

    /// <summary>
    /// HC-5: with every item ended and all three signatures, hands everything over at once: customers and
    /// open orders to their new technicians, receivables owed through them, property returned, transferred
    /// or charged as lost on <paramref name="today"/>; then the leaver departs, or for a transfer joins the
    /// new team, active again. A record that has already left the leaver's hands since is left as it is.
    /// </summary>
    public void Complete(Technician leaver, IReadOnlyCollection<Technician> takers, HeldRecords records, DateOnly today, string completedBy, TimeProvider clock)
    {
        EnsureOpen("HC-5");
        EnsureLeaver(leaver);

        var missing = Missing(records);
        if (missing.Count > 0)
        {
            throw new BusinessRuleViolationException("HC-5", $"the handover of {leaver.EmployeeNumber} cannot complete yet: {string.Join("; ", missing)}");
        }

        var reason = $"handover of {leaver.EmployeeNumber}";
        foreach (var item in _items.Where(item => item.State == HandoverItemState.Done))
        {
            var taker = item.NewTechnicianId is { } takerId
                ? takers.SingleOrDefault(technician => technician.Id == takerId) ?? throw new ArgumentException($"Technician {takerId} was not loaded.", nameof(takers))
                : null;
            HandOver(item, leaver, taker, records, reason, today, completedBy, clock);
        }

        if (Reason == HandoverReason.Transfer)
        {
            leaver.CompleteTransfer(NewTeam!, clock);
        }
        else
        {
            leaver.CompleteDeparture(clock);
        }

        var now = clock.GetUtcNow();
        Status = HandoverStatus.Completed;
        CompletedBy = Require.Text(completedBy, 100);
        CompletedAt = now;
        Raise(new HandoverCompleted(Id, TechnicianId, now));
    }

    /// <summary>
    /// HC-1 undone: an open handover is called off, saying why (the resignation withdrawn, the wrong technician). Nothing
    /// is handed over, whatever the items say, and the technician is <see cref="TechnicianStatus.Active"/> again, so
    /// work can reach them (TE-2). The checklist stays as the record of what happened; a new one can be started later.
    /// </summary>
    public void Withdraw(Technician leaver, string reason, string withdrawnBy, TimeProvider clock)
    {
        EnsureOpen("HC-1");
        EnsureLeaver(leaver);

        var withdrawalReason = Require.Text(reason, 500);
        leaver.StayOn(clock);
        var now = clock.GetUtcNow();
        Status = HandoverStatus.Withdrawn;
        WithdrawnBy = Require.Text(withdrawnBy, 100);
        WithdrawnAt = now;
        WithdrawalReason = withdrawalReason;
        Raise(new HandoverWithdrawn(Id, TechnicianId, now));
    }

    /// <summary>HC-5: the party's own technician, or a Manager for a supervisor who is no technician.</summary>
    private bool MaySignAs(HandoverParty party, Actor signer) =>
        TechnicianOf(party) is { } technicianId ? signer.Is(technicianId) : signer.IsManager && !signer.Is(TechnicianId) && !signer.Is(SuccessorId);

    /// <summary>HC-1: a transfer names a team other than the current one; other reasons name none.</summary>
    private static string? TeamAfter(HandoverReason reason, string? newTeam, Technician leaver)
    {
        if (reason != HandoverReason.Transfer)
        {
            return string.IsNullOrWhiteSpace(newTeam) ? null : throw new InvalidInputException(nameof(newTeam), "Only a transfer names a new team.");
        }

        var team = Require.Text(newTeam, TeamMaxLength);
        if (string.Equals(team, leaver.Team, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleViolationException("HC-1", $"technician {leaver.EmployeeNumber} is already in team {leaver.Team}; a transfer moves to another team");
        }

        return team;
    }

    private static void EnsureHolds(bool holds, string what)
    {
        if (!holds)
        {
            throw new ArgumentException($"HC-2 lists what the leaver holds: {what}.");
        }
    }

    /// <summary>Moves one done item's record to its taker, unless the record has left the leaver's hands by other means since.</summary>
    private static void HandOver(HandoverItem item, Technician leaver, Technician? taker, HeldRecords records, string reason, DateOnly today, string by, TimeProvider clock)
    {
        var id = item.ReferenceId.GetValueOrDefault();
        switch (item.Kind)
        {
            case HandoverItemKind.Customer when records.Customer(id) is { } customer && customer.ResponsibleTechnicianId == leaver.Id:
                customer.AssignResponsibleTechnician(taker!, clock);
                break;
            case HandoverItemKind.WorkOrder when records.WorkOrder(id) is { IsOpen: true } order && order.IsAssignedTo(leaver.Id):
                order.HandOver(taker!, by, reason, clock);
                break;
            case HandoverItemKind.Receivable when item.Outcome == HandoverOutcome.Transferred
                && records.Receivable(id) is { IsSettled: false } receivable && receivable.TechnicianId == leaver.Id:
                receivable.TransferTo(taker!, clock);
                break;
            case HandoverItemKind.Property when leaver.Property.SingleOrDefault(property => property.Id == id) is { IsOutstanding: true } property:
                HandOverProperty(item.Outcome!.Value, property, leaver, taker, today, clock);
                break;

            // The deposit is part of the order's balance (WO-11 r2), so it is owed through whoever holds the order.
            case HandoverItemKind.OldPart when item.Outcome == HandoverOutcome.Transferred
                && records.OrderOfPart(id) is { } order && order.IsAssignedTo(leaver.Id):
                order.HandOver(taker!, by, reason, clock);
                break;
            case HandoverItemKind.RenewalTask when records.RenewalTask(id) is { IsOpen: true } task && task.TechnicianId == leaver.Id:
                task.HandOver(taker!, clock);
                break;
            case HandoverItemKind.SalesLead when records.SalesLead(id) is { IsPending: true } lead && lead.TechnicianId == leaver.Id:
                lead.HandOver(taker!, clock);
                break;
        }
    }

    /// <summary>TE-4 through the technician's own methods: returned, lost at its original price, or returned and issued to the taker.</summary>
    private static void HandOverProperty(HandoverOutcome outcome, PropertyItem property, Technician leaver, Technician? taker, DateOnly today, TimeProvider clock)
    {
        if (outcome == HandoverOutcome.Lost)
        {
            leaver.ReportPropertyLost(property.Id, today, clock);
            return;
        }

        leaver.ReturnProperty(property.Id, today, clock);
        if (outcome == HandoverOutcome.Transferred)
        {
            taker!.IssueProperty(property.Kind, property.Description, property.AssetTag, today, property.OriginalPrice, clock);
        }
    }

    /// <summary>HC-5: what stands between the checklist and completion, in words for the refusal.</summary>
    private List<string> Missing(HeldRecords records)
    {
        var missing = new List<string>();
        var pending = _items.Where(item => item.IsPending).Select(item => item.Description).ToList();
        if (pending.Count > 0)
        {
            missing.Add($"{pending.Count} item(s) pending ({string.Join("; ", pending)})");
        }

        var unsigned = Enum.GetValues<HandoverParty>().Where(party => _signOffs.All(signOff => signOff.Party != party)).ToList();
        if (unsigned.Count > 0)
        {
            missing.Add($"sign-offs missing: {string.Join(", ", unsigned)}");
        }

        missing.AddRange(_items
            .Where(item => item.Outcome == HandoverOutcome.Settled && records.Receivable(item.ReferenceId.GetValueOrDefault()) is { IsSettled: false })
            .Select(item => $"not settled yet: {item.Description}"));
        missing.AddRange(_items
            .Where(item => item.Outcome == HandoverOutcome.Remitted && records.Payment(item.ReferenceId.GetValueOrDefault()) is { RemittedAt: null })
            .Select(item => $"not remitted yet: {item.Description}"));
        missing.AddRange(_items
            .Where(item => item.Kind == HandoverItemKind.OldPart && item.Outcome == HandoverOutcome.Transferred && GoesElsewhereThanItsOrder(item, records))
            .Select(item => $"the old part goes to another technician than its order: {item.Description}"));
        return missing;
    }

    /// <summary>HC-4 (r2): whether the records show what the outcome claims, for the outcomes the system itself records.</summary>
    private static bool RecordsConfirm(HandoverItem item, HandoverOutcome outcome, HeldRecords records)
    {
        var id = item.ReferenceId.GetValueOrDefault();
        return (item.Kind, outcome) switch
        {
            (HandoverItemKind.Receivable, HandoverOutcome.Remitted) when item.Cash => records.Payment(id) is { RemittedAt: not null },
            (HandoverItemKind.OldPart, HandoverOutcome.Returned) => records.Part(id) is { OldPart: not OldPartState.Outstanding },
            _ => true,
        };
    }

    /// <summary>An old part's deposit is owed through whoever holds its order, so the two go to the same technician.</summary>
    private bool GoesElsewhereThanItsOrder(HandoverItem oldPart, HeldRecords records) =>
        records.OrderOfPart(oldPart.ReferenceId.GetValueOrDefault()) is { } order
        && _items.Any(item => item.Kind == HandoverItemKind.WorkOrder && item.ReferenceId == order.Id
            && item.Outcome == HandoverOutcome.Reassigned && item.NewTechnicianId != oldPart.NewTechnicianId);

    /// <summary>HC-2: what the records say the leaver holds when the checklist starts.</summary>
    private void ListRecords(Technician leaver, HeldRecords records, TimeProvider clock)
    {
        foreach (var customer in records.Customers)
        {
            if (customer.ResponsibleTechnicianId != leaver.Id)
            {
                throw new ArgumentException($"Customer {customer.Name} is not in the leaver's care.", nameof(records));
            }

            List(HandoverItemKind.Customer, customer.Id, $"Reassign customer {customer.Name} ({customer.Phone})", clock);
        }

        foreach (var order in records.WorkOrders)
        {
            if (order.IsAssignedTo(leaver.Id))
            {
                ListOrderHeld(order, clock);
            }

            // Cash stays its collector's (WO-12 r2), on whichever order it was taken and whoever holds that order now.
            foreach (var cash in order.Payments.Where(payment => payment.IsCashHeldBy(leaver.Id)))
            {
                ListCashPayment(order, cash, clock);
            }
        }

        foreach (var receivable in records.Receivables)
        {
            ListReceivable(receivable, clock);
        }

        foreach (var task in records.RenewalTasks)
        {
            ListRenewalTask(task, clock);
        }

        foreach (var lead in records.SalesLeads)
        {
            ListSalesLead(lead, clock);
        }

        foreach (var property in leaver.Property.Where(item => item.IsOutstanding))
        {
            ListProperty(leaver, property.Id, clock);
        }
    }

    /// <summary>HC-2: an order of the leaver's, if still open, and the old parts still to come back from it.</summary>
    private void ListOrderHeld(WorkOrder order, TimeProvider clock)
    {
        if (order.IsOpen)
        {
            ListWorkOrder(order, clock);
        }

        foreach (var part in order.OutstandingOldParts)
        {
            ListOldPart(order, part, clock);
        }
    }

    /// <summary>A record is listed once, however often it is offered.</summary>
    private HandoverItem List(HandoverItemKind kind, Guid referenceId, string description, TimeProvider clock, bool cash = false) =>
        _items.SingleOrDefault(item => item.Kind == kind && item.ReferenceId == referenceId)
        ?? Add(HandoverItem.ForRecord(kind, referenceId, description, cash), clock);

    private HandoverItem Add(HandoverItem item, TimeProvider clock)
    {
        EnsureOpen("HC-2");
        _items.Add(item);
        Raise(new HandoverItemAdded(Id, item.Id, item.Kind, clock.GetUtcNow()));
        return item;
    }

    private HandoverItem Item(Guid itemId) =>
        _items.SingleOrDefault(item => item.Id == itemId) ?? throw new NotFoundException("Handover item", itemId);

    private void EnsureLeaver(Technician leaver)
    {
        if (leaver.Id != TechnicianId)
        {
            throw new ArgumentException("The leaver is the checklist's technician.", nameof(leaver));
        }
    }

    private void EnsureOpen(string ruleId)
    {
        if (Status != HandoverStatus.Open)
        {
            throw new BusinessRuleViolationException(ruleId, $"the handover checklist has already been {Status.ToString().ToLowerInvariant()}");
        }
    }
}
