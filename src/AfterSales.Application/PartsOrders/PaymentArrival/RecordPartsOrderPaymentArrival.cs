using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Validation;
using AfterSales.Application.Pricing;
using AfterSales.Domain.PartsOrders;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.PartsOrders.PaymentArrival;

/// <summary>
/// PR-2: the customer says the money was sent: when it arrived (default now), how much, how and the bank's or receipt's
/// reference. Finance has [Pricing:PaymentConfirmHours] from the arrival to confirm it.
/// </summary>
public sealed record RecordPartsOrderPaymentArrival(DateTimeOffset? ArrivedAt, decimal? Amount, PaymentMethod? Method, string? Reference)
    : ICommand<PartsOrderResponse>
{
    [JsonIgnore]
    public Guid OrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RecordPartsOrderPaymentArrivalValidator : AbstractValidator<RecordPartsOrderPaymentArrival>
{
    public RecordPartsOrderPaymentArrivalValidator()
    {
        RuleFor(command => command.Amount).NotNull().GreaterThan(0).IsMoney();
        RuleFor(command => command.Method).NotNull().IsInEnum();
        RuleFor(command => command.Reference).MaximumLength(PartsOrder.ReferenceMaxLength);
    }
}

public sealed class RecordPartsOrderPaymentArrivalHandler(
    IAfterSalesDbContext db,
    PartsOrderResponses responses,
    IOptions<PricingOptions> pricing,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<RecordPartsOrderPaymentArrival, PartsOrderResponse>
{
    public async ValueTask<PartsOrderResponse> Handle(RecordPartsOrderPaymentArrival command, CancellationToken cancellationToken)
    {
        var order = await db.PartsOrders.LoadForChangeAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        order.RecordPaymentArrival(
            command.ArrivedAt ?? clock.GetUtcNow(),
            command.Amount!.Value,
            command.Method!.Value,
            command.Reference,
            user.UserName,
            pricing.Value.PaymentConfirmWithin,
            clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
