using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.WorkOrders;
using AfterSales.Domain.Inquiries;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Inquiries.Respond;

/// <summary>IQ-1: a response to the caller at <see cref="At"/> (default now); the first stops the first-response clock.</summary>
public sealed record RespondToInquiry(string Note, DateTimeOffset? At) : ICommand<InquiryResponse>
{
    [JsonIgnore]
    public Guid InquiryId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RespondToInquiryValidator : AbstractValidator<RespondToInquiry>
{
    public RespondToInquiryValidator(TimeProvider clock, IOptions<SlaOptions> sla)
    {
        RuleFor(command => command.Note).NotEmpty().MaximumLength(Inquiry.NoteMaxLength);
        RuleFor(command => command.At).IsFieldTime(clock, sla).WithMessage(_ => $"IQ-1: a response cannot be more than {sla.Value.ClockSkewMinutes} minutes after the server's time.");
    }
}

public sealed class RespondToInquiryHandler(IAfterSalesDbContext db, ICurrentUser user, TimeProvider clock, IMapper mapper)
    : ICommandHandler<RespondToInquiry, InquiryResponse>
{
    public async ValueTask<InquiryResponse> Handle(RespondToInquiry command, CancellationToken cancellationToken)
    {
        var inquiry = await db.Inquiries.LoadForChangeAsync(command.InquiryId, command.ExpectedVersion, cancellationToken);
        inquiry.Respond(command.Note, user.UserName, clock, command.At);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<InquiryResponse>(inquiry);
    }
}
