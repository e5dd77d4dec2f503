using AfterSales.Domain.Common;

namespace AfterSales.Domain.Handovers;

/// <summary>One thing the leaver hands over (HC-2); it ends done, with an outcome, or waived (HC-4).</summary>
public sealed class HandoverItem
{
    public const int DescriptionMaxLength = 400;
    public const int NoteMaxLength = 1000;
    public const int AccountNameMaxLength = 100;

    private static readonly HandoverOutcome[] ReassignOutcomes = [HandoverOutcome.Reassigned];
    private static readonly HandoverOutcome[] ReceivableOutcomes = [HandoverOutcome.Transferred, HandoverOutcome.Settled];
    private static readonly HandoverOutcome[] CashOutcomes = [HandoverOutcome.Remitted];
    private static readonly HandoverOutcome[] OldPartOutcomes = [HandoverOutcome.Transferred, HandoverOutcome.Returned];
    private static readonly HandoverOutcome[] PropertyOutcomes = [HandoverOutcome.Returned, HandoverOutcome.Transferred, HandoverOutcome.Lost];
    private static readonly HandoverOutcome[] AccountOutcomes = [HandoverOutcome.Disabled, HandoverOutcome.HandedOver];
    private static readonly HandoverOutcome[] OtherOutcomes = [HandoverOutcome.Handled];

    private HandoverItem()
    {
        Description = null!;
    }

    private HandoverItem(HandoverItemKind kind, Guid? referenceId, bool cash, string description, string? systemName, string? userName)
    {
        Id = Guid.CreateVersion7();
        Kind = Require.Defined(kind);
        ReferenceId = referenceId;
        Cash = cash;
        Description = Require.Text(description, DescriptionMaxLength);
        SystemName = systemName;
        UserName = userName;
        State = HandoverItemState.Pending;
    }

    public Guid Id { get; private set; }

    public HandoverItemKind Kind { get; private set; }

    /// <summary>The customer, work order, receivable, cash payment, property item, part (its old part) or renewal task; none for items entered by hand.</summary>
    public Guid? ReferenceId { get; private set; }

    /// <summary>Cash the leaver collected and has not remitted (<see cref="ReferenceId"/> is the payment), listed with the receivables.</summary>
    public bool Cash { get; private set; }

    public string Description { get; private set; }

    /// <summary>HC-3: an account is known by its system and user name; nothing else about it is kept.</summary>
    public string? SystemName { get; private set; }

    public string? UserName { get; private set; }

    public HandoverItemState State { get; private set; }

    public HandoverOutcome? Outcome { get; private set; }

    /// <summary>How a done item was dealt with, or why it was waived.</summary>
    public string? Note { get; private set; }

    /// <summary>Who takes over a reassigned or transferred item.</summary>
    public Guid? NewTechnicianId { get; private set; }

    public string? EndedBy { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsPending => State == HandoverItemState.Pending;

    /// <summary>HC-4: the outcomes this item can end with, by what it is about.</summary>
    public IReadOnlyList<HandoverOutcome> AllowedOutcomes => Kind switch
    {
        HandoverItemKind.Customer or HandoverItemKind.WorkOrder or HandoverItemKind.RenewalTask or HandoverItemKind.SalesLead => ReassignOutcomes,
        HandoverItemKind.OldPart => OldPartOutcomes,
        HandoverItemKind.Receivable => Cash ? CashOutcomes : ReceivableOutcomes,
        HandoverItemKind.Property => PropertyOutcomes,
        HandoverItemKind.Account => AccountOutcomes,
        _ => OtherOutcomes,
    };

    /// <summary>
    /// HC-4 (r2): only property, accounts, sales leads and items entered by hand may be waived (a lead gone cold is
    /// nobody's to follow). Customers, orders, money, old parts and renewal tasks are something the company is owed or
    /// owes a customer, so each is handed to someone (or, for cash, remitted).
    /// </summary>
    public bool IsWaivable => Kind is HandoverItemKind.Property or HandoverItemKind.Account or HandoverItemKind.SalesLead or HandoverItemKind.Other;

    /// <summary>HC-4: outcomes that hand the item to another technician, by default the successor.</summary>
    public static bool TakesOver(HandoverOutcome outcome) => outcome is HandoverOutcome.Reassigned or HandoverOutcome.Transferred;

    internal static HandoverItem ForRecord(HandoverItemKind kind, Guid referenceId, string description, bool cash = false) =>
        new(kind, referenceId, cash, description, null, null);

    internal static HandoverItem ForAccount(string systemName, string userName, string description) =>
        new(HandoverItemKind.Account, null, false, description, Require.Text(systemName, AccountNameMaxLength), Require.Text(userName, AccountNameMaxLength));

    internal static HandoverItem Other(string description) => new(HandoverItemKind.Other, null, false, description, null, null);

    internal void Complete(HandoverOutcome outcome, string note, Guid? newTechnicianId, string by, DateTimeOffset at)
    {
        EnsurePending();
        if (!AllowedOutcomes.Contains(outcome))
        {
            throw new InvalidInputException(nameof(outcome), $"A {Kind} item ends {string.Join(" or ", AllowedOutcomes)}, not {outcome}.");
        }

        if (TakesOver(outcome) != newTechnicianId.HasValue)
        {
            throw new InvalidInputException(
                nameof(newTechnicianId),
                $"A new technician is named when an item is {HandoverOutcome.Reassigned} or {HandoverOutcome.Transferred}, and only then.");
        }

        End(HandoverItemState.Done, Require.Text(note, NoteMaxLength), by, at);
        Outcome = outcome;
        NewTechnicianId = newTechnicianId;
    }

    internal void Waive(string reason, string by, DateTimeOffset at)
    {
        EnsurePending();
        if (!IsWaivable)
        {
            throw new BusinessRuleViolationException(
                "HC-4",
                $"the item \"{Description}\" cannot be waived: it ends {string.Join(" or ", AllowedOutcomes)}, so nothing owed is lost");
        }

        End(HandoverItemState.Waived, Require.Text(reason, NoteMaxLength), by, at);
    }

    private void End(HandoverItemState state, string note, string by, DateTimeOffset at)
    {
        State = state;
        Note = note;
        EndedBy = Require.Text(by, 100);
        EndedAt = at;
    }

    private void EnsurePending()
    {
        if (!IsPending)
        {
            throw new BusinessRuleViolationException("HC-4", $"the item \"{Description}\" is already {State}");
        }
    }
}
