using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Inquiries;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.WorkOrders;
using AutoMapper;

namespace AfterSales.Application.Inquiries;

/// <summary>
/// IQ-1: an inquiry with its first-response clock and, once converted, the work order or complaint it became.
/// <see cref="LateFirstResponse"/>: the first response came after its deadline, or has not come and the deadline has passed.
/// </summary>
public sealed record InquiryResponse(
    Guid Id,
    string Number,
    InquiryStatus Status,
    Channel Channel,
    InquiryKind Kind,
    Guid? CustomerId,
    CallerResponse? Caller,
    string Question,
    DateTimeOffset PromisedReplyBy,
    DateTimeOffset ReceivedAt,
    string RegisteredBy,
    InquiryClockResponse FirstResponse,
    bool LateFirstResponse,
    IReadOnlyList<InquiryReplyResponse> Replies,
    string? Answer,
    string? AnsweredBy,
    Guid? WorkOrderId,
    string? WorkOrderNumber,
    Guid? ComplaintId,
    string? ComplaintNumber,
    DateTimeOffset? ClosedAt,
    uint Version) : IVersionedResource;

public sealed record CallerResponse(string Name, string Phone);

/// <summary>The first-response clock: due at <see cref="Deadline"/>, stopped by the first response at <see cref="StoppedAt"/>.</summary>
public sealed record InquiryClockResponse(DateTimeOffset Deadline, DateTimeOffset? StoppedAt, SlaState State);

public sealed record InquiryReplyResponse(string Note, DateTimeOffset At, string RespondedBy, DateTimeOffset RecordedAt);

/// <summary>
/// Whether a first response is late depends on now while it has not come, so it is decided each time the inquiry is read;
/// the same test as the list's filter (<see cref="InquiryRules"/>).
/// </summary>
public sealed class InquiryResponseConverter(TimeProvider clock) : ITypeConverter<Inquiry, InquiryResponse>
{
    public InquiryResponse Convert(Inquiry source, InquiryResponse destination, ResolutionContext context) =>
        new(
            source.Id,
            source.Number,
            source.Status,
            source.Channel,
            source.Kind,
            source.CustomerId,
            source.Caller is { } caller ? new CallerResponse(caller.Name, caller.Phone) : null,
            source.Question,
            source.PromisedReplyBy,
            source.ReceivedAt,
            source.RegisteredBy,
            new InquiryClockResponse(source.FirstResponse.Deadline!.Value, source.FirstResponse.StoppedAt, source.FirstResponse.State),
            source.IsFirstResponseLate(clock.GetUtcNow()),
            [.. source.Replies.OrderBy(reply => reply.At).Select(reply => new InquiryReplyResponse(reply.Note, reply.At, reply.RespondedBy, reply.RecordedAt))],
            source.Answer,
            source.AnsweredBy,
            source.WorkOrderId,
            source.WorkOrderNumber,
            source.ComplaintId,
            source.ComplaintNumber,
            source.ClosedAt,
            source.Version);
}

public sealed class InquiryMappings : Profile
{
    public InquiryMappings() => CreateMap<Inquiry, InquiryResponse>().ConvertUsing<InquiryResponseConverter>();
}
