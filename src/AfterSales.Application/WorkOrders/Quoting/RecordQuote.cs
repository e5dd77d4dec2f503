using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.Quoting;

/// <summary>WO-12: the fee for paid work (labour + chargeable parts) and who accepted it for the customer.</summary>
public sealed record RecordQuote(decimal Labour, decimal Parts, string AcceptedBy, DateTimeOffset? AcceptedAt) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RecordQuoteValidator : AbstractValidator<RecordQuote>
{
    public RecordQuoteValidator()
    {
        RuleFor(command => command.Labour).GreaterThanOrEqualTo(0).PrecisionScale(12, 2, ignoreTrailingZeros: true);
        RuleFor(command => command.Parts).GreaterThanOrEqualTo(0).PrecisionScale(12, 2, ignoreTrailingZeros: true);
        RuleFor(command => command.AcceptedBy).NotEmpty().MaximumLength(100);
    }
}

public sealed class RecordQuoteHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    TimeProvider clock)
    : ICommandHandler<RecordQuote, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(RecordQuote command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.RecordQuote(command.Labour, command.Parts, command.AcceptedBy, command.AcceptedAt ?? clock.GetUtcNow(), clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
