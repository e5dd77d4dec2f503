using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Returns;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Returns.Negotiate;

/// <summary>
/// RX-2: what was agreed with the customer after a failed inspection: accepted back; a partial refund (amount and
/// method; the item comes back, RX-3); or repaired under a work order on the item.
/// </summary>
public sealed record RecordNegotiationOutcome(NegotiationOutcome? Outcome, decimal? RefundAmount, RefundMethod? RefundMethod, Guid? WorkOrderId)
    : ICommand<ReturnRequestResponse>
{
    [JsonIgnore]
    public Guid ReturnRequestId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RecordNegotiationOutcomeValidator : AbstractValidator<RecordNegotiationOutcome>
{
    public RecordNegotiationOutcomeValidator()
    {
        RuleFor(command => command.Outcome).NotNull().IsInEnum();
        RuleFor(command => command.RefundAmount).NotNull().GreaterThan(0).IsMoney().When(command => command.Outcome == NegotiationOutcome.PartialRefund);
        RuleFor(command => command.RefundMethod).NotNull().IsInEnum().When(command => command.Outcome == NegotiationOutcome.PartialRefund);
        RuleFor(command => command.WorkOrderId).NotEmpty().When(command => command.Outcome == NegotiationOutcome.RepairedUnderWorkOrder);
    }
}

public sealed class RecordNegotiationOutcomeHandler(IAfterSalesDbContext db, TimeProvider clock, IMapper mapper)
    : ICommandHandler<RecordNegotiationOutcome, ReturnRequestResponse>
{
    public async ValueTask<ReturnRequestResponse> Handle(RecordNegotiationOutcome command, CancellationToken cancellationToken)
    {
        var request = await db.ReturnRequests.LoadForChangeAsync(command.ReturnRequestId, command.ExpectedVersion, cancellationToken);
        var customer = await db.CardOfAsync(request, cancellationToken);
        var repairOrder = await RepairOrderOf(command, cancellationToken);
        request.Negotiate(command.Outcome!.Value, command.RefundAmount, command.RefundMethod, repairOrder, customer, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ReturnRequestResponse>(request);
    }

    private async Task<WorkOrder?> RepairOrderOf(RecordNegotiationOutcome command, CancellationToken cancellationToken) =>
        command.Outcome == NegotiationOutcome.RepairedUnderWorkOrder && command.WorkOrderId is { } workOrderId
            ? await db.WorkOrders.AsNoTracking().FirstOrDefaultAsync(order => order.Id == workOrderId, cancellationToken)
                ?? throw Reference.Unknown("workOrderId", "work order", workOrderId)
            : null;
}
