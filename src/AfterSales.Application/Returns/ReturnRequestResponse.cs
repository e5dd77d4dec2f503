using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Returns;
using AutoMapper;

namespace AfterSales.Application.Returns;

/// <summary>RX-1..RX-3: a return or exchange request with its eligibility, each step's record, and the stock it moved.</summary>
public sealed record ReturnRequestResponse(
    Guid Id,
    string Number,
    ReturnKind Kind,
    ReturnStatus Status,
    Guid CustomerId,
    Guid EquipmentId,
    string Model,
    string SerialNumber,
    DateOnly DeliveredOn,
    DateOnly PurchaseDate,
    string? ProofOfPurchase,
    ReturnReason Reason,
    ItemCondition Condition,
    ToldToBringResponse ToldToBring,
    string? Note,
    DateTimeOffset RegisteredAt,
    DateOnly RegisteredOn,
    string RegisteredBy,
    bool Eligible,
    string? IneligibleReason,
    string? ExceptionReason,
    string? ExceptionGrantedBy,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? RefusalReason,
    DateOnly? PickupOn,
    DateTimeOffset? ReceivedAt,
    string? ReceivedBy,
    bool? InspectionPassed,
    string? InspectionFindings,
    string? InspectedBy,
    NegotiationOutcome? NegotiationOutcome,
    Guid? RepairWorkOrderId,
    decimal? RefundAmount,
    RefundMethod? RefundMethod,
    Guid? ReplacementEquipmentId,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<StockMovementResponse> StockMovements,
    uint Version) : IVersionedResource;

public sealed record ToldToBringResponse(bool ProofOfPurchase, bool Packaging, bool Accessories);

/// <summary>RX-3: one item booked into or out of the warehouse by a completed return or exchange.</summary>
public sealed record StockMovementResponse(
    Guid Id,
    StockDirection Direction,
    Guid EquipmentId,
    string Model,
    string SerialNumber,
    DateTimeOffset At,
    Guid ReturnRequestId,
    string ReturnNumber);

public sealed class ReturnMappings : Profile
{
    public ReturnMappings()
    {
        CreateMap<ToldToBring, ToldToBringResponse>();
        CreateMap<ReturnRequest, ReturnRequestResponse>()
            .ForCtorParam(nameof(ReturnRequestResponse.StockMovements), options => options.MapFrom(request =>
                request.StockMovements.OrderBy(movement => movement.Direction).Select(movement => new StockMovementResponse(
                    movement.Id, movement.Direction, movement.EquipmentId, movement.Model, movement.SerialNumber, movement.At, request.Id, request.Number)).ToList()));
    }
}
