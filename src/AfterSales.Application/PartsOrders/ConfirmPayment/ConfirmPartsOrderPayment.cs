using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Scheduling;
using Mediator;

namespace AfterSales.Application.PartsOrders.ConfirmPayment;

/// <summary>PR-2: Finance confirms the payment that arrived; the whole total paid releases the shipment.</summary>
public sealed record ConfirmPartsOrderPayment : ICommand<PartsOrderResponse>
{
    [JsonIgnore]
    public Guid OrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ConfirmPartsOrderPaymentHandler(
    IAfterSalesDbContext db,
    PartsOrderResponses responses,
    WorkingCalendar calendar,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<ConfirmPartsOrderPayment, PartsOrderResponse>
{
    public async ValueTask<PartsOrderResponse> Handle(ConfirmPartsOrderPayment command, CancellationToken cancellationToken)
    {
        var order = await db.PartsOrders.LoadForChangeAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        order.ConfirmPayment(user.UserName, calendar, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
