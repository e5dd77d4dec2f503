using System.Linq.Expressions;
using System.Text.Json;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.WorkOrders.Payments;
using AfterSales.Domain.Customers;
using AfterSales.Domain.WorkOrders;
using AutoMapper;

namespace AfterSales.Application.WorkOrders;

public sealed record WorkOrderResponse(
    Guid Id,
    string Number,
    WorkOrderStatus Status,
    Channel Channel,
    Guid CustomerId,
    Guid EquipmentId,
    Zone Zone,
    Priority Priority,
    ServiceType ServiceType,
    Guid? TechnicianId,
    ResolutionMethod? Method,
    DateTimeOffset ReceivedAt,
    string ProblemDescription,
    AppointmentResponse? Appointment,
    DateTimeOffset? ArrivedAt,
    bool LateArrival,
    DateTimeOffset? StartedAt,
    QuoteResponse? Quote,
    WorkshopResponse? Workshop,
    string? ResolutionSummary,
    SignOffResponse? CustomerSignOff,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? CancelledAt,
    string? CancelReason,
    int ReopenCount,
    IReadOnlyList<AssignmentResponse> Assignments,
    IReadOnlyList<TimeEntryResponse> TimeEntries,
    IReadOnlyList<PhotoResponse> Photos,
    FollowUpResponse? FollowUp,
    IReadOnlyList<PartResponse> Parts,
    IReadOnlyList<PaymentResponse> Payments,
    decimal Fee,
    decimal Paid,
    decimal Balance,
    decimal DepositsHeld,
    uint Version) : IVersionedResource;

public sealed record AppointmentResponse(DateTimeOffset Start, DateTimeOffset End);

public sealed record QuoteResponse(decimal Labour, decimal Parts, decimal Total, string AcceptedBy, DateTimeOffset AcceptedAt);

public sealed record WorkshopResponse(
    string ReceiptNumber,
    string Condition,
    string AccessoriesLeftWithCustomer,
    DateOnly PromisedReturnOn,
    bool LoanerGiven,
    DateTimeOffset TakenAt,
    DateTimeOffset? ReturnedAt,
    string? ReturnSignedBy);

public sealed record SignOffResponse(string Name, DateTimeOffset At);

public sealed record AssignmentResponse(Guid TechnicianId, DateTimeOffset AssignedAt, string AssignedBy, string? Reason);

public sealed record TimeEntryResponse(Guid Id, Guid TechnicianId, DateTimeOffset StartedAt, int Minutes, TimeEntryKind Kind);

public sealed record PhotoResponse(Guid Id, string Reference, string? Caption, string AddedBy, DateTimeOffset AddedAt);

public sealed record SurveyResponse(int Attitude, int Skill, int Punctuality, int PromiseKeeping);

public sealed record FollowUpResponse(bool Satisfied, SurveyResponse Survey, string? Comments, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>WO-11: a part, what it costs the customer (<see cref="Chargeable"/>) and what is held until its old part is back (<see cref="Deposit"/>).</summary>
public sealed record PartResponse(
    Guid Id,
    string PartNumber,
    string Name,
    int Quantity,
    decimal UnitPrice,
    decimal Total,
    bool CustomerCaused,
    bool Chargeable,
    PartStatus Status,
    OldPartState OldPart,
    decimal Deposit,
    string? WaiverReason,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string? ApprovedBy,
    DateTimeOffset? IssuedAt,
    string? OldPartRecordedBy,
    DateTimeOffset? OldPartRecordedAt);

/// <summary>WO-12: a payment; <see cref="Unremitted"/> is cash still not with Finance after the company day it came in on.</summary>
public sealed record PaymentResponse(
    Guid Id,
    decimal Amount,
    PaymentMethod Method,
    DateTimeOffset ReceivedAt,
    string RecordedBy,
    DateTimeOffset? RemittedAt,
    string? RemittedBy,
    bool Unremitted);

/// <summary>WO-6: one service-level clock as <c>GET /work-orders/{id}/sla</c> shows it; <c>clock</c> is dispatch, contact, plan, arrival, resolution or followUp.</summary>
public sealed record SlaClockResponse(string Clock, DateTimeOffset? StartedAt, DateTimeOffset? Deadline, DateTimeOffset? StoppedAt, SlaState State);

/// <summary>A list row: enough to pick an order, without loading the aggregate.</summary>
public sealed record WorkOrderSummary(
    Guid Id,
    string Number,
    WorkOrderStatus Status,
    Priority Priority,
    Zone Zone,
    ServiceType ServiceType,
    Guid CustomerId,
    Guid EquipmentId,
    Guid? TechnicianId,
    ResolutionMethod? Method,
    DateTimeOffset ReceivedAt,
    string ProblemDescription)
{
    /// <summary>Read straight from the order's row by SQL; written out, so that compiled queries can use it too.</summary>
    public static readonly Expression<Func<WorkOrder, WorkOrderSummary>> Of = order => new WorkOrderSummary(
        order.Id,
        order.Number,
        order.Status,
        order.Priority,
        order.Zone,
        order.ServiceType,
        order.CustomerId,
        order.EquipmentId,
        order.TechnicianId,
        order.Method,
        order.ReceivedAt,
        order.ProblemDescription);
}

public sealed class WorkOrderMappings : Profile
{
    public WorkOrderMappings()
    {
        CreateMap<WorkOrder, WorkOrderResponse>()
            .ForCtorParam(nameof(WorkOrderResponse.CustomerSignOff), options => options.MapFrom(order => order.SignOff))
            .ForCtorParam(nameof(WorkOrderResponse.FollowUp), options => options.MapFrom(order => order.FollowUps.OrderByDescending(f => f.RecordedAt).FirstOrDefault()));
        CreateMap<Appointment, AppointmentResponse>();
        CreateMap<Quote, QuoteResponse>();
        CreateMap<WorkshopVisit, WorkshopResponse>();
        CreateMap<CustomerSignOff, SignOffResponse>();
        CreateMap<Assignment, AssignmentResponse>();
        CreateMap<TimeEntry, TimeEntryResponse>();
        CreateMap<Photo, PhotoResponse>();
        CreateMap<Survey, SurveyResponse>();
        CreateMap<FollowUp, FollowUpResponse>();
        CreateMap<Part, PartResponse>();
        CreateMap<Payment, PaymentResponse>().ConvertUsing<PaymentResponseConverter>();
        CreateMap<SlaClock, SlaClockResponse>()
            .ForCtorParam(nameof(SlaClockResponse.Clock), options => options.MapFrom(clock => JsonNamingPolicy.CamelCase.ConvertName(clock.Name.ToString())));
    }
}
