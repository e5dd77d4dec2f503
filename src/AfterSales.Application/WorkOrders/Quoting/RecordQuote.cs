using AfterSales.Application.Abstractions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.WorkOrders.Quoting;

/// <summary>WO-12: the fee for paid work (labour + chargeable parts) and who accepted it for the customer.</summary>
public sealed record RecordQuote(decimal Labour, decimal Parts, string AcceptedBy, DateTimeOffset? AcceptedAt) : WorkOrderAction;

public sealed class RecordQuoteValidator : AbstractValidator<RecordQuote>
{
    public RecordQuoteValidator()
    {
        RuleFor(command => command.Labour).GreaterThanOrEqualTo(0).PrecisionScale(12, 2, ignoreTrailingZeros: true);
        RuleFor(command => command.Parts).GreaterThanOrEqualTo(0).PrecisionScale(12, 2, ignoreTrailingZeros: true);
        RuleFor(command => command.AcceptedBy).NotEmpty().MaximumLength(100);
    }
}

public sealed class RecordQuoteHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, TimeProvider clock)
    : WorkOrderActionHandler<RecordQuote>(db, access, mapper)
{
    protected override Task ApplyAsync(WorkOrder order, RecordQuote command, CancellationToken cancellationToken)
    {
        order.RecordQuote(command.Labour, command.Parts, command.AcceptedBy, command.AcceptedAt ?? clock.GetUtcNow(), clock);
        return Task.CompletedTask;
    }
}
