using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Parts;

/// <summary>WO-11: a part for the work in hand; the warehouse issues it once Finance approves.</summary>
public sealed record RequestPart(string PartNumber, string Name, int? Quantity, decimal? UnitPrice, bool CustomerCaused) : ICommand<WorkOrderResponse>
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
        RuleFor(command => command.UnitPrice).NotNull().GreaterThanOrEqualTo(0).IsMoney();
    }
}

public sealed class RequestPartHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    ICurrentUser user,
    IOptions<PartOptions> options,
    TimeProvider clock)
    : ICommandHandler<RequestPart, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(RequestPart command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.RequestPart(
            command.PartNumber,
            command.Name,
            command.Quantity!.Value,
            command.UnitPrice!.Value,
            command.CustomerCaused,
            user.UserName,
            options.Value.SmallPartLimit,
            clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
