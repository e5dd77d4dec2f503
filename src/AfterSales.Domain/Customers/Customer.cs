using AfterSales.Domain.Common;
using AfterSales.Domain.Technicians;

namespace AfterSales.Domain.Customers;

/// <summary>The customer profile card: who they are, what they own and who looks after them (CU-1..CU-4).</summary>
public sealed class Customer : AggregateRoot
{
    private readonly List<Equipment> _equipment = [];
    private readonly List<ContactRecord> _newContacts = [];

    private Customer()
        : base(Guid.Empty)
    {
        Name = null!;
        Phone = null!;
        Address = null!;
    }

    private Customer(Guid id)
        : base(id)
    {
        Name = null!;
        Phone = null!;
        Address = null!;
    }

    public string Name { get; private set; }

    public string Phone { get; private set; }

    public string Address { get; private set; }

    public Zone Zone { get; private set; }

    public Guid? ResponsibleTechnicianId { get; private set; }

    /// <summary>The day the card was opened; a customer never contacted is due for a visit counted from here (CU-4).</summary>
    public DateOnly RegisteredOn { get; private set; }

    /// <summary>The newest check-up call or visit, kept beside the log so reminder lists need no scan of it (CU-4).</summary>
    public DateOnly? LastContactedOn { get; private set; }

    public IReadOnlyCollection<Equipment> Equipment => _equipment;

    /// <summary>
    /// The check-up calls and visits recorded since this card was loaded. The contact log only grows, and no rule reads
    /// it back (<see cref="LastContactedOn"/> carries what CU-4 needs), so the card is loaded without it and new
    /// entries are appended: a customer with years of visits costs a registration nothing.
    /// </summary>
    public IReadOnlyCollection<ContactRecord> NewContacts => _newContacts;

    public static Customer Register(string name, string phone, string address, Zone zone, DateOnly registeredOn, TimeProvider clock)
    {
        var customer = new Customer(Guid.CreateVersion7())
        {
            Name = Require.Text(name, 200),
            Phone = Require.Text(phone, 30),
            Address = Require.Text(address, 500),
            Zone = Require.Defined(zone),
            RegisteredOn = registeredOn,
        };
        customer.Raise(new CustomerRegistered(customer.Id, clock.GetUtcNow()));
        return customer;
    }

    /// <summary>
    /// Puts the customer in a technician's care. Looking after a customer is new work, so TE-2
    /// applies: only an active technician can take it on.
    /// </summary>
    public void AssignResponsibleTechnician(Technician technician, TimeProvider clock)
    {
        technician.EnsureCanTakeNewWork();
        if (ResponsibleTechnicianId == technician.Id)
        {
            return;
        }

        var previous = ResponsibleTechnicianId;
        ResponsibleTechnicianId = technician.Id;
        Raise(new ResponsibleTechnicianChanged(Id, previous, technician.Id, clock.GetUtcNow()));
    }

    /// <summary>
    /// CU-1: a serial number is unique per model; within one card this checks it, across cards the store does. The
    /// maintenance contract may name the working hours to arrive on site (WO-6 r2).
    /// </summary>
    public Equipment AddEquipment(
        string model,
        string serialNumber,
        DateOnly purchaseDate,
        DateOnly warrantyEndsOn,
        DateOnly? contractEndsOn,
        TimeProvider clock,
        int? arrivalWorkingHours = null,
        DateOnly? deliveryDate = null)
    {
        var equipment = new Equipment(model, serialNumber, purchaseDate, warrantyEndsOn, contractEndsOn, arrivalWorkingHours, deliveryDate);
        EnsureUnique(equipment, equipment.SerialNumber);
        _equipment.Add(equipment);
        Raise(new EquipmentAdded(Id, equipment.Id, clock.GetUtcNow()));
        return equipment;
    }

    /// <summary>CU-1 (r2): corrects the card's name, phone, address or zone; only the fields named change.</summary>
    public void Correct(CustomerCorrection correction, TimeProvider clock)
    {
        var name = correction.Name is { } newName ? Require.Text(newName.Value, 200, "name") : Name;
        var phone = correction.Phone is { } newPhone ? Require.Text(newPhone.Value, 30, "phone") : Phone;
        var address = correction.Address is { } newAddress ? Require.Text(newAddress.Value, 500, "address") : Address;
        var zone = correction.Zone is { } newZone
            ? Require.Defined(newZone.Value ?? throw new InvalidInputException("zone", "zone cannot be removed."), "zone")
            : Zone;

        var changed = new[] { (nameof(Name), name != Name), (nameof(Phone), phone != Phone), (nameof(Address), address != Address), (nameof(Zone), zone != Zone) }
            .Where(field => field.Item2).Select(field => field.Item1).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        (Name, Phone, Address, Zone) = (name, phone, address, zone);
        Raise(new CustomerCorrected(Id, changed, clock.GetUtcNow()));
    }

    /// <summary>CU-1 (r2): corrects one machine on the card (<see cref="Customers.Equipment.Correct"/> says what may change).</summary>
    public void CorrectEquipment(Guid equipmentId, EquipmentCorrection correction, bool referredToByWorkOrder, TimeProvider clock)
    {
        var equipment = EquipmentById(equipmentId);
        if (correction.SerialNumber is { Value: { } serialNumber })
        {
            EnsureUnique(equipment, serialNumber.Trim());
        }

        var changed = equipment.Correct(correction, referredToByWorkOrder);
        if (changed.Count > 0)
        {
            Raise(new EquipmentCorrected(Id, equipmentId, changed, clock.GetUtcNow()));
        }
    }

    /// <summary>CU-3 (r2): the maintenance contract of one of the customer's machines was renewed until <paramref name="endsOn"/>, later than it ran.</summary>
    public void RenewContract(Guid equipmentId, DateOnly endsOn, TimeProvider clock)
    {
        var equipment = _equipment.SingleOrDefault(candidate => candidate.Id == equipmentId)
            ?? throw new NotFoundException("Equipment", equipmentId);
        equipment.RenewContract(endsOn);
        Raise(new ContractRenewed(Id, equipment.Id, endsOn, clock.GetUtcNow()));
    }

    /// <summary>RX-3: the machine went back to the company; it stays on the card, marked returned.</summary>
    public void ReturnEquipment(Guid equipmentId, TimeProvider clock)
    {
        var equipment = EquipmentById(equipmentId);
        equipment.MarkReturned();
        Raise(new EquipmentReturned(Id, equipment.Id, clock.GetUtcNow()));
    }

    public Equipment EquipmentById(Guid equipmentId) =>
        _equipment.SingleOrDefault(machine => machine.Id == equipmentId) ?? throw new NotFoundException(nameof(Customers.Equipment), equipmentId);

    public Equipment? FindEquipment(string model, string serialNumber) =>
        _equipment.FirstOrDefault(existing => existing.Identifies(model.Trim(), serialNumber.Trim()));

    /// <summary>CU-4: logs a check-up call or visit, with what it brought to light (CU-5).</summary>
    public ContactRecord RecordContact(ContactKind kind, DateOnly contactedOn, string? note, ContactFindings findings, string recordedBy, DateOnly today, TimeProvider clock)
    {
        if (contactedOn > today)
        {
            throw new BusinessRuleViolationException("CU-4", $"a contact cannot be logged in the future ({contactedOn:yyyy-MM-dd})");
        }

        var contact = new ContactRecord(kind, contactedOn, note, findings, recordedBy);
        _newContacts.Add(contact);
        if (LastContactedOn is null || contactedOn > LastContactedOn)
        {
            LastContactedOn = contactedOn;
        }

        Raise(new CustomerContacted(Id, contact.Id, contact.Kind, contactedOn, clock.GetUtcNow()));
        return contact;
    }

    private void EnsureUnique(Equipment equipment, string serialNumber)
    {
        if (_equipment.Any(existing => existing != equipment && existing.Identifies(equipment.Model, serialNumber)))
        {
            throw new BusinessRuleViolationException("CU-1", $"equipment {equipment.Model} / {serialNumber} is already registered");
        }
    }
}
