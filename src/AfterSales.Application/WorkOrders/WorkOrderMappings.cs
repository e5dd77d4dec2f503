using AfterSales.Application.WorkOrders.Payments;
using AfterSales.Domain.WorkOrders;
using AutoMapper;

namespace AfterSales.Application.WorkOrders;

public sealed class WorkOrderMappings : Profile
{
    public WorkOrderMappings()
    {
        CreateMap<WorkOrder, WorkOrderResponse>()
            .ForCtorParam(nameof(WorkOrderResponse.CustomerSignOff), options => options.MapFrom(order => order.SignOff))
            .ForCtorParam(nameof(WorkOrderResponse.FollowUp), options => options.MapFrom(order => order.FollowUps.OrderByDescending(f => f.RecordedAt).FirstOrDefault()))
            // Depend on the caller, not on the order alone: WorkOrderResponses adds them.
            .ForMember(response => response.AllowedActions, options => options.Ignore())
            .ForMember(response => response.Site, options => options.Ignore())
            .ForMember(response => response.Quotes, options => options.MapFrom(order => order.Quotes.OrderBy(quote => quote.Number)))
            .ForMember(response => response.Refunds, options => options.MapFrom(order => order.Refunds.OrderBy(refund => refund.RefundedAt)))
            .ForMember(response => response.FieldSteps, options => options.MapFrom(order => order.FieldSteps.OrderBy(step => step.Sequence)))
            .ForMember(response => response.Promises, options => options.MapFrom(order => order.Promises.OrderBy(promise => promise.RecordedAt)))
            .ForMember(
                response => response.SalespersonForward,
                options => options.MapFrom(order => SalespersonForwardOf(order)))
            .ForMember(response => response.VisitMoves, options => options.MapFrom(order => order.VisitMoves.OrderBy(move => move.MovedAt)));
        CreateMap<Appointment, AppointmentResponse>();
        CreateMap<Quote, QuoteResponse>();
        CreateMap<QuoteLine, QuoteLineResponse>();
        CreateMap<WorkshopVisit, WorkshopResponse>();
        CreateMap<CustomerSignOff, SignOffResponse>();
        CreateMap<Assignment, AssignmentResponse>();
        CreateMap<TimeEntry, TimeEntryResponse>();
        CreateMap<FieldStep, FieldStepResponse>();
        CreateMap<VisitMove, VisitMoveResponse>();
        CreateMap<Photo, PhotoResponse>();
        CreateMap<ResolutionPromise, PromiseResponse>();
        CreateMap<Survey, SurveyResponse>();
        CreateMap<FollowUp, FollowUpResponse>();
        CreateMap<Part, PartResponse>();
        CreateMap<Payment, PaymentResponse>().ConvertUsing<PaymentResponseConverter>();
        CreateMap<Refund, RefundResponse>();
    }

    private static SalespersonForwardResponse? SalespersonForwardOf(WorkOrder order) =>
        order.SalespersonHeardAt is { } heardAt ? new SalespersonForwardResponse(heardAt, order.ForwardedLate) : null;
}
