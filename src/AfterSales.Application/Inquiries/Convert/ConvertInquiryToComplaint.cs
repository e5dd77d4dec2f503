using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Complaints.Register;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.Inquiries.Convert;

/// <summary>
/// IQ-1: the question was a complaint; registers one as <c>POST /complaints</c> does (CP-1), on the inquiry's channel.
/// The customer defaults to the inquiry's; a caller's inquiry names the customer on file.
/// </summary>
public sealed record ConvertInquiryToComplaint(
    Guid? CustomerId,
    string Description,
    ComplaintCategory? Category,
    ComplaintSeverity? Severity,
    Guid? WorkOrderId,
    Guid? EquipmentId,
    Guid? TechnicianId,
    DateTimeOffset? PromisedResponseBy) : ICommand<InquiryResponse>, IComplaintDetails
{
    [JsonIgnore]
    public Guid InquiryId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ConvertInquiryToComplaintValidator : ComplaintDetailsValidator<ConvertInquiryToComplaint>;

public sealed class ConvertInquiryToComplaintHandler(IAfterSalesDbContext db, ComplaintRegistration registration, TimeProvider clock, IMapper mapper)
    : ICommandHandler<ConvertInquiryToComplaint, InquiryResponse>
{
    public async ValueTask<InquiryResponse> Handle(ConvertInquiryToComplaint command, CancellationToken cancellationToken)
    {
        var inquiry = await db.Inquiries.LoadForChangeAsync(command.InquiryId, command.ExpectedVersion, cancellationToken);
        var customerId = command.CustomerId ?? inquiry.CustomerId
            ?? throw new InvalidInputException("customerId", $"{inquiry.Number} was asked by a caller, not a customer on file: give customerId.");

        var complaint = await registration.RegisterAsync(
            new RegisterComplaint(
                customerId,
                inquiry.Channel,
                command.Description,
                command.Category,
                command.Severity,
                command.WorkOrderId,
                command.EquipmentId,
                command.TechnicianId,
                command.PromisedResponseBy),
            cancellationToken);
        inquiry.ConvertToComplaint(complaint, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<InquiryResponse>(inquiry);
    }
}
