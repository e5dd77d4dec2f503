using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Application.Pricing;
using AfterSales.Domain.Pricing;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Parts;

/// <summary>
/// WO-11: a part for the work in hand, at the price list's price in force today (PR-1); a different
/// <see cref="UnitPrice"/> needs its <see cref="PriceReason"/>, and a part the list lacks needs its price.
/// </summary>
public sealed record RequestPart(string PartNumber, string Name, int? Quantity, decimal? UnitPrice, bool CustomerCaused, string? PriceReason = null)
    : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RequestPartValidator : AbstractValidator<RequestPart>
{
    public RequestPartValidator()
    {
        RuleFor(command => command.PartNumber).NotEmpty().MaximumLength(50);
        RuleFor(command => command.Name).NotEmpty().MaximumLength(200);
        RuleFor(command => command.Quantity).NotNull().InclusiveBetween(1, Part.MaxQuantity);
        RuleFor(command => command.UnitPrice).GreaterThanOrEqualTo(0).IsMoney();
        RuleFor(command => command.PriceReason).NotEmpty().MaximumLength(PartPricing.PriceReasonMaxLength).When(command => command.PriceReason is not null);
    }
}

public sealed class RequestPartHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    PriceList priceList,
    CompanyCalendar calendar,
    ICurrentUser user,
    IOptions<PartOptions> options,
    TimeProvider clock)
    : ICommandHandler<RequestPart, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(RequestPart command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        var inForce = await priceList.PartInForceAsync(command.PartNumber, calendar.Today, cancellationToken);
        order.RequestPart(
            command.PartNumber,
            command.Name,
            command.Quantity!.Value,
            PartPricing.Of(command.PartNumber.Trim(), inForce, command.UnitPrice, command.PriceReason),
            command.CustomerCaused,
            user.UserName,
            options.Value.SmallPartLimit,
            clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
