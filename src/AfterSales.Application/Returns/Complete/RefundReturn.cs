using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Returns;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Returns.Complete;

/// <summary>RX-2, RX-3: Finance refunds a return that passed inspection; the item is marked returned on the card and booked in.</summary>
public sealed record RefundReturn(decimal? Amount, RefundMethod? Method) : ICommand<ReturnRequestResponse>
{
    [JsonIgnore]
    public Guid ReturnRequestId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RefundReturnValidator : AbstractValidator<RefundReturn>
{
    public RefundReturnValidator()
    {
        RuleFor(command => command.Amount).NotNull().GreaterThan(0).IsMoney();
        RuleFor(command => command.Method).NotNull().IsInEnum();
    }
}

public sealed class RefundReturnHandler(IAfterSalesDbContext db, TimeProvider clock, IMapper mapper)
    : ICommandHandler<RefundReturn, ReturnRequestResponse>
{
    public async ValueTask<ReturnRequestResponse> Handle(RefundReturn command, CancellationToken cancellationToken)
    {
        var request = await db.ReturnRequests.LoadForChangeAsync(command.ReturnRequestId, command.ExpectedVersion, cancellationToken);
        var customer = await db.CardOfAsync(request, cancellationToken);
        request.Refund(command.Amount!.Value, command.Method!.Value, customer, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ReturnRequestResponse>(request);
    }
}
