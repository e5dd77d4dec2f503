using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Customers.EquipmentRegistration;
using AfterSales.Application.WorkOrders.Register;
using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.Inquiries.Convert;

/// <summary>
/// IQ-1: the question was a fault; registers a work order for it as <c>POST /work-orders</c> does (WO-1), on the
/// inquiry's channel, now. The customer defaults to the inquiry's; a caller's inquiry names one or gives a new card.
/// A salesperson's inquiry says when they heard of the fault, as their order would (WO-19).
/// </summary>
public sealed record ConvertInquiryToWorkOrder(
    Guid? CustomerId,
    NewCustomer? Customer,
    Guid? EquipmentId,
    EquipmentDetails? Equipment,
    string ProblemDescription,
    Zone? Zone,
    Priority? Priority,
    ServiceType? ServiceType,
    DateTimeOffset? SalespersonHeardAt = null) : ICommand<InquiryResponse>, IWorkOrderDetails
{
    [JsonIgnore]
    public Guid InquiryId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ConvertInquiryToWorkOrderValidator : WorkOrderDetailsValidator<ConvertInquiryToWorkOrder>;

public sealed class ConvertInquiryToWorkOrderHandler(IAfterSalesDbContext db, WorkOrderRegistration registration, TimeProvider clock, IMapper mapper)
    : ICommandHandler<ConvertInquiryToWorkOrder, InquiryResponse>
{
    public async ValueTask<InquiryResponse> Handle(ConvertInquiryToWorkOrder command, CancellationToken cancellationToken)
    {
        var inquiry = await db.Inquiries.LoadForChangeAsync(command.InquiryId, command.ExpectedVersion, cancellationToken);
        var customerId = command.CustomerId ?? (command.Customer is null ? inquiry.CustomerId : null);
        if (customerId is null && command.Customer is null)
        {
            throw new InvalidInputException("customerId", $"{inquiry.Number} was asked by a caller, not a customer on file: give customerId or customer.");
        }

        var order = await registration.RegisterAsync(
            new RegisterWorkOrder(
                customerId,
                command.Customer,
                command.EquipmentId,
                command.Equipment,
                command.ProblemDescription,
                command.Zone,
                command.Priority,
                inquiry.Channel,
                command.ServiceType,
                ReceivedAt: null,
                command.SalespersonHeardAt),
            cancellationToken);
        inquiry.ConvertToWorkOrder(order, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<InquiryResponse>(inquiry);
    }
}
