using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.PartsOrders;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.PartsOrders.Cancel;

/// <summary>PR-2: the customer withdraws the order before a payment is confirmed, it is taken on account or shipped.</summary>
public sealed record CancelPartsOrder(string Reason) : ICommand<PartsOrderResponse>
{
    [JsonIgnore]
    public Guid OrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class CancelPartsOrderValidator : AbstractValidator<CancelPartsOrder>
{
    public CancelPartsOrderValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(PartsOrder.ReasonMaxLength);
}

public sealed class CancelPartsOrderHandler(IAfterSalesDbContext db, PartsOrderResponses responses, TimeProvider clock)
    : ICommandHandler<CancelPartsOrder, PartsOrderResponse>
{
    public async ValueTask<PartsOrderResponse> Handle(CancelPartsOrder command, CancellationToken cancellationToken)
    {
        var order = await db.PartsOrders.LoadForChangeAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        order.Cancel(command.Reason, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
