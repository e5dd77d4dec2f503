using AfterSales.Domain.Shipping;
using FluentValidation;

namespace AfterSales.Application.Shipping;

/// <summary>PR-3: the rules every shipment's details share; a replacement, a parts order and a work order ship alike.</summary>
public abstract class ShipmentValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : IShipmentDetails
{
    protected ShipmentValidator()
    {
        RuleFor(command => command.Carrier).NotEmpty().MaximumLength(Shipment.CarrierMaxLength);
        RuleFor(command => command.TrackingNumber).NotEmpty().MaximumLength(Shipment.TrackingNumberMaxLength);
        RuleFor(command => command.ShippedOn).NotNull();
    }
}
