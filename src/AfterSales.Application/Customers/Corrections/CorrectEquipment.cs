using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Patching;
using AfterSales.Domain.Customers;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Customers.Corrections;

/// <summary>
/// CU-1 (r2): a merge patch of one machine's dates, contract arrival hours (WO-6 r2) or serial number; null clears the
/// contract's end and hours. The machine is part of the customer card, so the card's ETag guards it.
/// </summary>
public sealed record CorrectEquipment : MergePatch, ICommand<CustomerResponse>
{
    /// <summary>Only while no work order refers to the machine (CU-1).</summary>
    public string? SerialNumber { get; init; }

    public DateOnly? PurchaseDate { get; init; }

    /// <summary>CU-6 (r2): the day the machine reached the customer, from which RX-1 counts.</summary>
    public DateOnly? DeliveryDate { get; init; }

    public DateOnly? WarrantyEndsOn { get; init; }

    public DateOnly? ContractEndsOn { get; init; }

    /// <summary>The working hours to arrive on site for a Remote order that the maintenance contract names (WO-6 r2).</summary>
    public int? ArrivalWorkingHours { get; init; }

    /// <summary>Never corrected (CU-1): named, the patch is refused with 409.</summary>
    public string? Model { get; init; }

    /// <summary>Never corrected (CU-1): a machine does not move to another customer's card by a correction.</summary>
    [JsonPropertyName("customerId")]
    public Guid? OwnerId { get; init; }

    [JsonIgnore]
    public Guid CustomerId { get; init; }

    [JsonIgnore]
    public Guid EquipmentId { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }

    public EquipmentCorrection Correction() => new(
        ChangeOf(nameof(SerialNumber), SerialNumber),
        ChangeOf(nameof(PurchaseDate), PurchaseDate),
        ChangeOf(nameof(WarrantyEndsOn), WarrantyEndsOn),
        ChangeOf(nameof(ContractEndsOn), ContractEndsOn),
        ChangeOf(nameof(ArrivalWorkingHours), ArrivalWorkingHours),
        ChangeOf(nameof(Model), Model),
        ChangeOf(nameof(OwnerId), OwnerId),
        ChangeOf(nameof(DeliveryDate), DeliveryDate));
}

public sealed class CorrectEquipmentValidator : AbstractValidator<CorrectEquipment>
{
    public CorrectEquipmentValidator()
    {
        RuleFor(command => command.SerialNumber).NotEmpty().MaximumLength(100).When(command => command.Names(nameof(CorrectEquipment.SerialNumber)));
        RuleFor(command => command.PurchaseDate).NotNull().When(command => command.Names(nameof(CorrectEquipment.PurchaseDate)));
        RuleFor(command => command.WarrantyEndsOn).NotNull().When(command => command.Names(nameof(CorrectEquipment.WarrantyEndsOn)));
        RuleFor(command => command.DeliveryDate).NotNull().When(command => command.Names(nameof(CorrectEquipment.DeliveryDate)));
        RuleFor(command => command.ArrivalWorkingHours).InclusiveBetween(1, Equipment.MaxArrivalWorkingHours);
    }
}

public sealed class CorrectEquipmentHandler(IAfterSalesDbContext db, TimeProvider clock, IMapper mapper)
    : ICommandHandler<CorrectEquipment, CustomerResponse>
{
    public async ValueTask<CustomerResponse> Handle(CorrectEquipment command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.LoadForChangeAsync(command.CustomerId, command.ExpectedVersion, cancellationToken);
        var referredToByWorkOrder = await db.WorkOrders.AnyAsync(order => order.EquipmentId == command.EquipmentId, cancellationToken);
        customer.CorrectEquipment(command.EquipmentId, command.Correction(), referredToByWorkOrder, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<CustomerResponse>(customer);
    }
}
