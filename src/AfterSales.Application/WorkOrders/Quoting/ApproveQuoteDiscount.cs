using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using Mediator;

namespace AfterSales.Application.WorkOrders.Quoting;

/// <summary>WO-12 (r2): the Manager approves a discount over the technician's limits, so the customer may accept the quote.</summary>
public sealed record ApproveQuoteDiscount : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public int Number { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ApproveQuoteDiscountHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<ApproveQuoteDiscount, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(ApproveQuoteDiscount command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.ApproveQuoteDiscount(command.Number, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
