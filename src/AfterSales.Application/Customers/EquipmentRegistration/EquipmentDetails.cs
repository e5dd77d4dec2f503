using AfterSales.Domain.Customers;
using FluentValidation;

namespace AfterSales.Application.Customers.EquipmentRegistration;

/// <summary>What a request says about one machine (CU-1), at registration or added later.</summary>
public interface IEquipmentDetails
{
    string Model { get; }

    string SerialNumber { get; }

    DateOnly? PurchaseDate { get; }

    DateOnly? WarrantyEndsOn { get; }

    DateOnly? ContractEndsOn { get; }

    /// <summary>WO-6 (r2): the working hours to arrive on site for a Remote order that the maintenance contract names, if any.</summary>
    int? ArrivalWorkingHours { get; }

    /// <summary>CU-6 (r2): the day the machine reached the customer; the purchase date when not given.</summary>
    DateOnly? DeliveryDate { get; }
}

public sealed record EquipmentDetails(
    string Model,
    string SerialNumber,
    DateOnly? PurchaseDate,
    DateOnly? WarrantyEndsOn,
    DateOnly? ContractEndsOn,
    int? ArrivalWorkingHours = null,
    DateOnly? DeliveryDate = null) : IEquipmentDetails;

public sealed class EquipmentDetailsValidator : AbstractValidator<IEquipmentDetails>
{
    public EquipmentDetailsValidator()
    {
        RuleFor(equipment => equipment.Model).NotEmpty().MaximumLength(100);
        RuleFor(equipment => equipment.SerialNumber).NotEmpty().MaximumLength(100);
        RuleFor(equipment => equipment.PurchaseDate).NotNull();
        RuleFor(equipment => equipment.WarrantyEndsOn).NotNull()
            .GreaterThanOrEqualTo(equipment => equipment.PurchaseDate).WithMessage("The warranty cannot end before the purchase date.");
        RuleFor(equipment => equipment.ContractEndsOn)
            .GreaterThanOrEqualTo(equipment => equipment.PurchaseDate).WithMessage("The contract cannot end before the purchase date.");
        RuleFor(equipment => equipment.ArrivalWorkingHours).InclusiveBetween(1, Equipment.MaxArrivalWorkingHours);
        RuleFor(equipment => equipment.DeliveryDate)
            .GreaterThanOrEqualTo(equipment => equipment.PurchaseDate).WithMessage("The machine cannot be delivered before the purchase date.");
    }
}
