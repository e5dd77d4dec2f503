using AfterSales.Domain.Common;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Customers;

/// <summary>A machine the customer owns (CU-1).</summary>
public sealed class Equipment
{
    private Equipment()
    {
        Model = null!;
        SerialNumber = null!;
    }

    internal Equipment(string model, string serialNumber, DateOnly purchaseDate, DateOnly warrantyEndsOn, DateOnly? contractEndsOn)
    {
        if (warrantyEndsOn < purchaseDate)
        {
            throw new BusinessRuleViolationException("CU-1", $"the warranty cannot end ({warrantyEndsOn:yyyy-MM-dd}) before the purchase date ({purchaseDate:yyyy-MM-dd})");
        }

        if (contractEndsOn < purchaseDate)
        {
            throw new BusinessRuleViolationException("CU-1", $"the maintenance contract cannot end ({contractEndsOn:yyyy-MM-dd}) before the purchase date ({purchaseDate:yyyy-MM-dd})");
        }

        Id = Guid.CreateVersion7();
        Model = Require.Text(model, 100);
        SerialNumber = Require.Text(serialNumber, 100);
        PurchaseDate = purchaseDate;
        WarrantyEndsOn = warrantyEndsOn;
        ContractEndsOn = contractEndsOn;
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public string Model { get; private set; }

    public string SerialNumber { get; private set; }

    public DateOnly PurchaseDate { get; private set; }

    public DateOnly WarrantyEndsOn { get; private set; }

    public DateOnly? ContractEndsOn { get; private set; }

    public bool IsUnderWarrantyOn(DateOnly date) => date >= PurchaseDate && date <= WarrantyEndsOn;

    public bool IsUnderContractOn(DateOnly date) => ContractEndsOn is { } end && date <= end;

    /// <summary>CU-2: warranty work is free, contract work is covered, anything else is paid.</summary>
    public ServiceType DefaultServiceTypeOn(DateOnly reportedOn) =>
        IsUnderWarrantyOn(reportedOn) ? ServiceType.Warranty
        : IsUnderContractOn(reportedOn) ? ServiceType.Contract
        : ServiceType.Paid;

    internal void RenewContract(DateOnly endsOn)
    {
        if (ContractEndsOn is not { } current || endsOn <= current)
        {
            throw new BusinessRuleViolationException("CU-3", $"a renewed contract of {Model} / {SerialNumber} must end after {ContractEndsOn:yyyy-MM-dd}, not on {endsOn:yyyy-MM-dd}");
        }

        ContractEndsOn = endsOn;
    }

    internal bool Identifies(string model, string serialNumber) =>
        string.Equals(Model, model, StringComparison.OrdinalIgnoreCase)
        && string.Equals(SerialNumber, serialNumber, StringComparison.OrdinalIgnoreCase);
}
