using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Returns;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Returns.Complete;

/// <summary>
/// RX-2, RX-3: the Warehouse hands over the replacement for an exchange that passed inspection; the item is marked
/// returned, the replacement added to the card with its own delivery date and warranty, and both movements booked.
/// </summary>
public sealed record ExchangeReturnedItem(string Model, string SerialNumber, DateOnly? DeliveryDate, DateOnly? WarrantyEndsOn) : ICommand<ReturnRequestResponse>
{
    [JsonIgnore]
    public Guid ReturnRequestId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ExchangeReturnedItemValidator : AbstractValidator<ExchangeReturnedItem>
{
    public ExchangeReturnedItemValidator()
    {
        RuleFor(command => command.Model).NotEmpty().MaximumLength(100);
        RuleFor(command => command.SerialNumber).NotEmpty().MaximumLength(100);
        RuleFor(command => command.DeliveryDate).NotNull();
        RuleFor(command => command.WarrantyEndsOn).NotNull()
            .GreaterThanOrEqualTo(command => command.DeliveryDate).WithMessage("The warranty cannot end before the replacement is delivered.");
    }
}

public sealed class ExchangeReturnedItemHandler(IAfterSalesDbContext db, TimeProvider clock, IMapper mapper)
    : ICommandHandler<ExchangeReturnedItem, ReturnRequestResponse>
{
    public async ValueTask<ReturnRequestResponse> Handle(ExchangeReturnedItem command, CancellationToken cancellationToken)
    {
        var request = await db.ReturnRequests.LoadForChangeAsync(command.ReturnRequestId, command.ExpectedVersion, cancellationToken);
        var customer = await db.CardOfAsync(request, cancellationToken);
        request.Exchange(new Replacement(command.Model, command.SerialNumber, command.DeliveryDate!.Value, command.WarrantyEndsOn!.Value), customer, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ReturnRequestResponse>(request);
    }
}
