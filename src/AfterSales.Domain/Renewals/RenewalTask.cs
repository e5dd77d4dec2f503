using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Technicians;

namespace AfterSales.Domain.Renewals;

/// <summary>
/// CU-3 (r2): a maintenance contract entered the renewal window, so the customer's responsible technician visits to win
/// the renewal. One task per machine and contract end date: a renewed contract ends later and earns a task of its own
/// when it nears its end. Nobody responsible for the customer leaves the task with the desk until someone is.
/// </summary>
public sealed class RenewalTask : AggregateRoot
{
    public const int NoteMaxLength = 1000;

    private RenewalTask()
        : base(Guid.Empty)
    {
    }

    private RenewalTask(Guid id)
        : base(id)
    {
    }

    public Guid CustomerId { get; private set; }

    public Guid EquipmentId { get; private set; }

    /// <summary>The technician who visits: the customer's responsible technician when the task opened.</summary>
    public Guid? TechnicianId { get; private set; }

    /// <summary>The end of the contract this task is to renew.</summary>
    public DateOnly ContractEndsOn { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public RenewalTaskStatus Status { get; private set; }

    /// <summary>What the customer said last; <see cref="RenewalOutcome.Pending"/> keeps the task open.</summary>
    public RenewalOutcome? Outcome { get; private set; }

    public string? OutcomeNote { get; private set; }

    public string? OutcomeBy { get; private set; }

    public DateTimeOffset? OutcomeAt { get; private set; }

    /// <summary>When renewed with a new end date: the date the contract now runs to.</summary>
    public DateOnly? RenewedUntil { get; private set; }

    /// <summary>CU-3 (r2): still to be won: neither renewed nor declined.</summary>
    public bool IsOpen => Status is RenewalTaskStatus.Open or RenewalTaskStatus.Pending;

    /// <summary>CU-3 (r2): opened for a machine whose contract ends within <paramref name="windowDays"/> days of <paramref name="today"/>.</summary>
    public static RenewalTask Open(Customer customer, Equipment equipment, DateOnly today, int windowDays, TimeProvider clock)
    {
        if (!customer.Equipment.Contains(equipment))
        {
            throw new ArgumentException("The equipment must be on the customer's card.", nameof(equipment));
        }

        if (equipment.ContractEndsOn is not { } endsOn || endsOn < today || endsOn > today.AddDays(windowDays))
        {
            throw new BusinessRuleViolationException("CU-3", $"the contract of {equipment.Model} / {equipment.SerialNumber} does not end within {windowDays} days");
        }

        var now = clock.GetUtcNow();
        var task = new RenewalTask(Guid.CreateVersion7())
        {
            CustomerId = customer.Id,
            EquipmentId = equipment.Id,
            TechnicianId = customer.ResponsibleTechnicianId,
            ContractEndsOn = endsOn,
            OpenedAt = now,
            Status = RenewalTaskStatus.Open,
        };
        task.Raise(new RenewalTaskOpened(task.Id, customer.Id, equipment.Id, task.TechnicianId, endsOn, now));
        return task;
    }

    /// <summary>
    /// CU-3 (r2): what came of the visit. <see cref="RenewalOutcome.Renewed"/> and <see cref="RenewalOutcome.Declined"/>
    /// end the task; <see cref="RenewalOutcome.Pending"/> leaves it open for another try. A renewal with a new end date
    /// extends the machine's contract on <paramref name="customer"/>'s card.
    /// </summary>
    public void RecordOutcome(RenewalOutcome outcome, string? note, DateOnly? renewedUntil, Customer customer, string recordedBy, TimeProvider clock)
    {
        if (Status is RenewalTaskStatus.Renewed or RenewalTaskStatus.Declined)
        {
            throw new BusinessRuleViolationException("CU-3", $"the renewal of the contract ending {ContractEndsOn:yyyy-MM-dd} was already {Status}");
        }

        if (renewedUntil is not null && outcome != RenewalOutcome.Renewed)
        {
            throw new InvalidInputException("renewedUntil", "A new contract end date comes only with the outcome Renewed.");
        }

        if (customer.Id != CustomerId)
        {
            throw new ArgumentException("The customer must be the task's.", nameof(customer));
        }

        var now = clock.GetUtcNow();
        if (renewedUntil is { } endsOn)
        {
            customer.RenewContract(EquipmentId, endsOn, clock);
        }

        Outcome = Require.Defined(outcome);
        OutcomeNote = Require.OptionalText(note, NoteMaxLength);
        OutcomeBy = Require.Text(recordedBy, 100);
        OutcomeAt = now;
        RenewedUntil = renewedUntil;
        Status = outcome switch
        {
            RenewalOutcome.Renewed => RenewalTaskStatus.Renewed,
            RenewalOutcome.Declined => RenewalTaskStatus.Declined,
            _ => RenewalTaskStatus.Pending,
        };
        Raise(new RenewalOutcomeRecorded(Id, outcome, now));
    }

    /// <summary>HC-5 (r2): the visiting technician leaves; an open task goes to the one who takes it over (an active technician, TE-2).</summary>
    public void HandOver(Technician technician, TimeProvider clock)
    {
        if (!IsOpen)
        {
            throw new BusinessRuleViolationException("HC-5", $"the renewal of the contract ending {ContractEndsOn:yyyy-MM-dd} was already {Status}");
        }

        technician.EnsureCanTakeNewWork();
        var previous = TechnicianId;
        TechnicianId = technician.Id;
        Raise(new RenewalTaskHandedOver(Id, previous, technician.Id, clock.GetUtcNow()));
    }
}

/// <summary>CU-3 (r2): where a renewal task stands; <see cref="Renewed"/> and <see cref="Declined"/> are final.</summary>
public enum RenewalTaskStatus
{
    /// <summary>Nobody has recorded an outcome yet.</summary>
    Open,

    /// <summary>The customer has not decided; still to be won.</summary>
    Pending,
    Renewed,
    Declined,
}

/// <summary>CU-3 (r2): what the customer said about renewing.</summary>
public enum RenewalOutcome
{
    Renewed,
    Declined,
    Pending,
}

public sealed record RenewalTaskOpened(Guid RenewalTaskId, Guid CustomerId, Guid EquipmentId, Guid? TechnicianId, DateOnly ContractEndsOn, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record RenewalTaskHandedOver(Guid RenewalTaskId, Guid? From, Guid To, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record RenewalOutcomeRecorded(Guid RenewalTaskId, RenewalOutcome Outcome, DateTimeOffset OccurredAt) : IDomainEvent;
