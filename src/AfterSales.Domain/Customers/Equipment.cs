using AfterSales.Domain.Common;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Customers;

/// <summary>A machine the customer owns (CU-1).</summary>
public sealed class Equipment
{
    /// <summary>Longer than any contract offers (25 working days): a larger figure is a typing slip, not a term.</summary>
    public const int MaxArrivalWorkingHours = 200;

    private Equipment()
    {
        Model = null!;
        SerialNumber = null!;
    }

    internal Equipment(string model, string serialNumber, DateOnly purchaseDate, DateOnly warrantyEndsOn, DateOnly? contractEndsOn, int? arrivalWorkingHours, DateOnly? deliveryDate)
    {
        EnsureDatesInOrder(purchaseDate, warrantyEndsOn, contractEndsOn, deliveryDate ?? purchaseDate);
        Id = Guid.CreateVersion7();
        Model = Require.Text(model, 100);
        SerialNumber = Require.Text(serialNumber, 100);
        PurchaseDate = purchaseDate;
        DeliveryDate = deliveryDate ?? purchaseDate;
        Status = EquipmentStatus.InService;
        WarrantyEndsOn = warrantyEndsOn;
        ContractEndsOn = contractEndsOn;
        ArrivalWorkingHours = ValidArrivalHours(arrivalWorkingHours);
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public string Model { get; private set; }

    public string SerialNumber { get; private set; }

    public DateOnly PurchaseDate { get; private set; }

    /// <summary>CU-6 (r2): the day the machine reached the customer (the purchase date unless told otherwise); RX-1 counts its windows from here.</summary>
    public DateOnly DeliveryDate { get; private set; }

    /// <summary>RX-3: a returned machine stays on the card for its history, but is left out of reminders and new orders.</summary>
    public EquipmentStatus Status { get; private set; }

    public DateOnly WarrantyEndsOn { get; private set; }

    public DateOnly? ContractEndsOn { get; private set; }

    /// <summary>WO-6 (r2): the working hours to arrive on site that the maintenance contract promises, if it names a figure.</summary>
    public int? ArrivalWorkingHours { get; private set; }

    public bool IsUnderWarrantyOn(DateOnly date) => date >= PurchaseDate && date <= WarrantyEndsOn;

    public bool IsUnderContractOn(DateOnly date) => ContractEndsOn is { } end && date <= end;

    public bool IsReturned => Status == EquipmentStatus.Returned;

    /// <summary>RX-3: a machine that went back to the company gets no new work order.</summary>
    public void EnsureInService()
    {
        if (IsReturned)
        {
            throw new BusinessRuleViolationException("RX-3", $"equipment {Model} / {SerialNumber} was returned: it gets no new work order or request");
        }
    }

    /// <summary>CU-2: warranty work is free, contract work is covered, anything else is paid.</summary>
    public ServiceType DefaultServiceTypeOn(DateOnly reportedOn) =>
        IsUnderWarrantyOn(reportedOn) ? ServiceType.Warranty
        : IsUnderContractOn(reportedOn) ? ServiceType.Contract
        : ServiceType.Paid;

    /// <summary>WO-6 (r2): the contract's arrival hours while the contract is in force on that day; a lapsed contract promises nothing.</summary>
    public int? ContractedArrivalHoursOn(DateOnly date) => IsUnderContractOn(date) ? ArrivalWorkingHours : null;

    /// <summary>
    /// CU-1 (r2): corrects what was recorded wrongly. The model and the owner identify the machine and are never
    /// corrected (register it again instead); the serial number only while no work order refers to it, since the
    /// order's history names the machine by it. Returns the names of the fields whose values changed.
    /// </summary>
    internal IReadOnlyList<string> Correct(EquipmentCorrection correction, bool referredToByWorkOrder)
    {
        if (correction.Model is not null)
        {
            throw new BusinessRuleViolationException("CU-1", $"the model of equipment {SerialNumber} cannot be corrected: register the machine under its model");
        }

        if (correction.CustomerId is not null)
        {
            throw new BusinessRuleViolationException("CU-1", $"equipment {Model} / {SerialNumber} cannot move to another customer by a correction");
        }

        var serialNumber = correction.SerialNumber is { } serial ? Require.Text(serial.Value, 100, "serialNumber") : SerialNumber;
        if (referredToByWorkOrder && !string.Equals(serialNumber, SerialNumber, StringComparison.Ordinal))
        {
            throw new BusinessRuleViolationException("CU-1", $"the serial number of {Model} / {SerialNumber} cannot change: a work order refers to it");
        }

        var purchaseDate = correction.PurchaseDate is { } purchase ? purchase.Value ?? throw Required("purchaseDate") : PurchaseDate;
        var deliveryDate = correction.DeliveryDate is { } delivery ? delivery.Value ?? throw Required("deliveryDate") : DeliveryDate;
        var warrantyEndsOn = correction.WarrantyEndsOn is { } warranty ? warranty.Value ?? throw Required("warrantyEndsOn") : WarrantyEndsOn;
        var contractEndsOn = correction.ContractEndsOn is { } contract ? contract.Value : ContractEndsOn;
        var arrivalWorkingHours = correction.ArrivalWorkingHours is { } hours ? ValidArrivalHours(hours.Value) : ArrivalWorkingHours;
        EnsureDatesInOrder(purchaseDate, warrantyEndsOn, contractEndsOn, deliveryDate);

        var changed = new List<string>();
        Set(nameof(SerialNumber), SerialNumber, serialNumber, value => SerialNumber = value);
        Set(nameof(PurchaseDate), PurchaseDate, purchaseDate, value => PurchaseDate = value);
        Set(nameof(DeliveryDate), DeliveryDate, deliveryDate, value => DeliveryDate = value);
        Set(nameof(WarrantyEndsOn), WarrantyEndsOn, warrantyEndsOn, value => WarrantyEndsOn = value);
        Set(nameof(ContractEndsOn), ContractEndsOn, contractEndsOn, value => ContractEndsOn = value);
        Set(nameof(ArrivalWorkingHours), ArrivalWorkingHours, arrivalWorkingHours, value => ArrivalWorkingHours = value);
        return changed;

        void Set<T>(string field, T current, T next, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(current, next))
            {
                assign(next);
                changed.Add(field);
            }
        }
    }

    internal void RenewContract(DateOnly endsOn)
    {
        if (ContractEndsOn is not { } current || endsOn <= current)
        {
            throw new BusinessRuleViolationException("CU-3", $"a renewed contract of {Model} / {SerialNumber} must end after {ContractEndsOn:yyyy-MM-dd}, not on {endsOn:yyyy-MM-dd}");
        }

        ContractEndsOn = endsOn;
    }

    /// <summary>RX-3: the machine went back to the company with a completed return or exchange.</summary>
    internal void MarkReturned()
    {
        EnsureInService();
        Status = EquipmentStatus.Returned;
    }

    internal bool Identifies(string model, string serialNumber) =>
        string.Equals(Model, model, StringComparison.OrdinalIgnoreCase)
        && string.Equals(SerialNumber, serialNumber, StringComparison.OrdinalIgnoreCase);

    private static void EnsureDatesInOrder(DateOnly purchaseDate, DateOnly warrantyEndsOn, DateOnly? contractEndsOn, DateOnly deliveryDate)
    {

        if (warrantyEndsOn < purchaseDate)
        {
            throw new BusinessRuleViolationException("CU-1", $"the warranty cannot end ({warrantyEndsOn:yyyy-MM-dd}) before the purchase date ({purchaseDate:yyyy-MM-dd})");
        }

        if (contractEndsOn < purchaseDate)
        {
            throw new BusinessRuleViolationException("CU-1", $"the maintenance contract cannot end ({contractEndsOn:yyyy-MM-dd}) before the purchase date ({purchaseDate:yyyy-MM-dd})");
        }

        if (deliveryDate < purchaseDate)
        {
            throw new BusinessRuleViolationException("CU-6", $"the machine cannot be delivered ({deliveryDate:yyyy-MM-dd}) before it was bought ({purchaseDate:yyyy-MM-dd})");
        }
    }

    private static int? ValidArrivalHours(int? hours) =>
        hours is { } value
            ? Require.Between(value, 1, MaxArrivalWorkingHours, $"Arrival working hours must be between 1 and {MaxArrivalWorkingHours}.", "arrivalWorkingHours")
            : null;

    private static InvalidInputException Required(string field) => new(field, $"{field} cannot be removed.");
}
