using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.Quoting;

/// <summary>WO-12 (r2): the customer accepted a proposed version of the quote; it is the one in force from now on.</summary>
public sealed record AcceptQuote(string AcceptedBy, DateTimeOffset? AcceptedAt) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public int Number { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class AcceptQuoteValidator : AbstractValidator<AcceptQuote>
{
    public AcceptQuoteValidator()
    {
        RuleFor(command => command.AcceptedBy).NotEmpty().MaximumLength(100);
    }
}

public sealed class AcceptQuoteHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    DiscountAllowances discounts,
    TimeProvider clock)
    : ICommandHandler<AcceptQuote, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(AcceptQuote command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        var acceptance = new CustomerAcceptance(command.AcceptedBy, command.AcceptedAt ?? clock.GetUtcNow());
        var allowance = await discounts.InWeekOfAsync(order.QuoteNumbered(command.Number).TechnicianId, acceptance.AcceptedAt, cancellationToken);
        order.AcceptQuote(command.Number, acceptance, allowance, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
