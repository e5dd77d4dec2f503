using AfterSales.Domain.Common;

namespace AfterSales.Domain.Technicians;

/// <summary>An after-sales employee who does the work (TE-1..TE-5).</summary>
public sealed partial class Technician : AggregateRoot
{
    private readonly List<PropertyItem> _property = [];
    private readonly List<DisciplineRecord> _discipline = [];

    private Technician()
        : base(Guid.Empty)
    {
        EmployeeNumber = null!;
        Name = null!;
        Phone = null!;
        Team = null!;
    }

    private Technician(Guid id)
        : base(id)
    {
        EmployeeNumber = null!;
        Name = null!;
        Phone = null!;
        Team = null!;
    }

    public string EmployeeNumber { get; private set; }

    public string Name { get; private set; }

    public string Phone { get; private set; }

    public string Team { get; private set; }

    public Position Position { get; private set; }

    public int PayLevel { get; private set; }

    public DateOnly HireDate { get; private set; }

    public Guid? SupervisorId { get; private set; }

    public TechnicianStatus Status { get; private set; }

    public IReadOnlyCollection<PropertyItem> Property => _property;

    public IReadOnlyCollection<DisciplineRecord> Discipline => _discipline;

    /// <summary>TE-1: a new technician starts <see cref="TechnicianStatus.Active"/>; the employee number's uniqueness is the store's to guarantee.</summary>
    public static Technician Hire(
        string employeeNumber,
        string name,
        string phone,
        string team,
        Position position,
        int payLevel,
        DateOnly hireDate,
        Guid? supervisorId,
        TimeProvider clock)
    {
        var technician = new Technician(Guid.CreateVersion7())
        {
            EmployeeNumber = Require.Text(employeeNumber, 20),
            Name = Require.Text(name, 100),
            Phone = Require.Text(phone, 30),
            Team = Require.Text(team, 50),
            Position = Require.Defined(position),
            PayLevel = ValidPayLevel(payLevel),
            HireDate = hireDate,
            SupervisorId = supervisorId,
            Status = TechnicianStatus.Active,
        };
        technician.Raise(new TechnicianHired(technician.Id, technician.EmployeeNumber, clock.GetUtcNow()));
        return technician;
    }

    /// <summary>
    /// TE-1 (r2): corrects the name, phone, pay level or supervisor. The team and status change only through a
    /// handover or leave (TE-3), and the employee number, position and hire date are the record's identity and history
    /// (TE-1): a correction naming any of them is refused whole.
    /// </summary>
    public void Correct(TechnicianCorrection correction, TimeProvider clock)
    {
        if (correction.Team is not null || correction.Status is not null)
        {
            throw new BusinessRuleViolationException("TE-3", $"the team and status of technician {EmployeeNumber} change only through a handover or leave, not a correction");
        }

        if (correction.EmployeeNumber is not null || correction.Position is not null || correction.HireDate is not null)
        {
            throw new BusinessRuleViolationException("TE-1", $"the employee number, position and hire date of technician {EmployeeNumber} cannot be corrected");
        }

        var name = correction.Name is { } newName ? Require.Text(newName.Value, 100, "name") : Name;
        var phone = correction.Phone is { } newPhone ? Require.Text(newPhone.Value, 30, "phone") : Phone;
        var payLevel = correction.PayLevel is { } newPayLevel ? ValidPayLevel(newPayLevel.Value) : PayLevel;
        var supervisorId = correction.SupervisorId is { } newSupervisor ? newSupervisor.Value : SupervisorId;
        if (supervisorId == Id)
        {
            throw new InvalidInputException("supervisorId", "A technician cannot be their own supervisor.");
        }

        var changed = new[] { (nameof(Name), name != Name), (nameof(Phone), phone != Phone), (nameof(PayLevel), payLevel != PayLevel), (nameof(SupervisorId), supervisorId != SupervisorId) }
            .Where(field => field.Item2).Select(field => field.Item1).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        (Name, Phone, PayLevel, SupervisorId) = (name, phone, payLevel, supervisorId);
        Raise(new TechnicianCorrected(Id, changed, clock.GetUtcNow()));
    }

    /// <summary>TE-2: only an active technician can be given new work.</summary>
    public void EnsureCanTakeNewWork()
    {
        if (Status != TechnicianStatus.Active)
        {
            throw new BusinessRuleViolationException("TE-2", $"technician {EmployeeNumber} is {Status}");
        }
    }

    public void GoOnLeave(TimeProvider clock) => ChangeStatus("TE-1", TechnicianStatus.Active, TechnicianStatus.OnLeave, clock);

    public void ReturnFromLeave(TimeProvider clock) => ChangeStatus("TE-1", TechnicianStatus.OnLeave, TechnicianStatus.Active, clock);

    /// <summary>TE-4: records company property handed to the technician.</summary>
    public PropertyItem IssueProperty(PropertyKind kind, string description, string assetTag, DateOnly issuedOn, decimal originalPrice, TimeProvider clock)
    {
        EnsureEmployed("TE-4");
        var normalizedTag = Require.Text(assetTag, 50);
        if (_property.Any(item => item.IsOutstanding && string.Equals(item.AssetTag, normalizedTag, StringComparison.OrdinalIgnoreCase)))
        {
            throw new BusinessRuleViolationException("TE-4", $"asset {normalizedTag} is already issued to technician {EmployeeNumber}");
        }

        var item = new PropertyItem(kind, description, normalizedTag, issuedOn, originalPrice);
        _property.Add(item);
        Raise(new PropertyIssued(Id, item.Id, item.AssetTag, clock.GetUtcNow()));
        return item;
    }

    public void ReturnProperty(Guid itemId, DateOnly returnedOn, TimeProvider clock)
    {
        FindProperty(itemId).MarkReturned(returnedOn);
        Raise(new PropertyReturned(Id, itemId, returnedOn, clock.GetUtcNow()));
    }

    /// <summary>TE-4: a lost item is charged to the technician at its original price.</summary>
    public void ReportPropertyLost(Guid itemId, DateOnly lostOn, TimeProvider clock)
    {
        var item = FindProperty(itemId);
        item.MarkLost(lostOn);
        Raise(new PropertyLost(Id, itemId, item.Compensation!.Value, clock.GetUtcNow()));
    }

    /// <summary>TE-5: a discipline record; it cannot be dated in the future or before the technician was hired.</summary>
    public DisciplineRecord RecordDiscipline(DisciplineKind kind, DateOnly occurredOn, string note, string recordedBy, DateOnly today, TimeProvider clock)
    {
        if (occurredOn > today)
        {
            throw new BusinessRuleViolationException("TE-5", $"a discipline record cannot be dated in the future ({occurredOn:yyyy-MM-dd})");
        }

        if (occurredOn < HireDate)
        {
            throw new BusinessRuleViolationException("TE-5", $"technician {EmployeeNumber} was hired on {HireDate:yyyy-MM-dd}, after {occurredOn:yyyy-MM-dd}");
        }

        var record = new DisciplineRecord(kind, occurredOn, note, recordedBy, clock.GetUtcNow());
        _discipline.Add(record);
        Raise(new DisciplineRecorded(Id, record.Id, record.Kind, record.OccurredOn, record.RecordedAt));
        return record;
    }

    private static int ValidPayLevel(int? payLevel) =>
        payLevel is >= 1 ? payLevel.Value : throw new InvalidInputException("payLevel", "Pay level must be 1 or more.");

    private PropertyItem FindProperty(Guid itemId) =>
        _property.SingleOrDefault(item => item.Id == itemId)
        ?? throw new NotFoundException("Property item", itemId);

    private void EnsureEmployed(string ruleId)
    {
        if (Status == TechnicianStatus.Departed)
        {
            throw new BusinessRuleViolationException(ruleId, $"technician {EmployeeNumber} has departed");
        }
    }

    private void ChangeStatus(string ruleId, TechnicianStatus expected, TechnicianStatus next, TimeProvider clock)
    {
        if (Status != expected)
        {
            throw new BusinessRuleViolationException(ruleId, $"technician {EmployeeNumber} is {Status}, not {expected}");
        }

        var previous = Status;
        Status = next;
        Raise(new TechnicianStatusChanged(Id, previous, next, clock.GetUtcNow()));
    }
}
