using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Inquiries;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Inquiries.Answer;

/// <summary>IQ-1: the caller has their answer; the inquiry is closed.</summary>
public sealed record AnswerInquiry(string Answer) : ICommand<InquiryResponse>
{
    [JsonIgnore]
    public Guid InquiryId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class AnswerInquiryValidator : AbstractValidator<AnswerInquiry>
{
    public AnswerInquiryValidator() => RuleFor(command => command.Answer).NotEmpty().MaximumLength(Inquiry.AnswerMaxLength);
}

public sealed class AnswerInquiryHandler(IAfterSalesDbContext db, ICurrentUser user, TimeProvider clock, IMapper mapper)
    : ICommandHandler<AnswerInquiry, InquiryResponse>
{
    public async ValueTask<InquiryResponse> Handle(AnswerInquiry command, CancellationToken cancellationToken)
    {
        var inquiry = await db.Inquiries.LoadForChangeAsync(command.InquiryId, command.ExpectedVersion, cancellationToken);
        inquiry.AnswerWith(command.Answer, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<InquiryResponse>(inquiry);
    }
}
