using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Validation;
using AfterSales.Application.WorkOrders;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Inquiries;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Inquiries.Register;

/// <summary>
/// IQ-1: a question from a customer on file (<see cref="CustomerId"/>) or a caller (<see cref="Caller"/>), with the reply
/// time promised; received now unless <see cref="ReceivedAt"/> says earlier.
/// </summary>
public sealed record RegisterInquiry(
    Channel? Channel,
    Guid? CustomerId,
    Caller? Caller,
    string Question,
    InquiryKind? Kind,
    DateTimeOffset? PromisedReplyBy,
    DateTimeOffset? ReceivedAt) : ICommand<InquiryResponse>;

public sealed class RegisterInquiryValidator : AbstractValidator<RegisterInquiry>
{
    public RegisterInquiryValidator(TimeProvider clock, IOptions<SlaOptions> sla)
    {
        RuleFor(command => command.Channel).NotNull().IsInEnum();
        RuleFor(command => command.CustomerId).NotEmpty().When(command => command.Caller is null)
            .WithMessage("Give either customerId or caller.");
        RuleFor(command => command.Caller).Null().When(command => command.CustomerId is not null)
            .WithMessage("Give either customerId or caller, not both.");
        When(command => command.Caller is not null, () =>
        {
            RuleFor(command => command.Caller!.Name).NotEmpty().MaximumLength(200);
            RuleFor(command => command.Caller!.Phone).NotEmpty().MaximumLength(30);
        });
        RuleFor(command => command.Question).NotEmpty().MaximumLength(Inquiry.QuestionMaxLength);
        RuleFor(command => command.Kind).NotNull().IsInEnum();
        RuleFor(command => command.PromisedReplyBy).NotNull().WithMessage("IQ-1: the reply time promised to the caller is required.");
        RuleFor(command => command.ReceivedAt).IsFieldTime(clock, sla).WithMessage(_ => $"IQ-1: an inquiry cannot be received more than {sla.Value.ClockSkewMinutes} minutes after the server's time.");
    }
}

public sealed class RegisterInquiryHandler(
    IAfterSalesDbContext db,
    IInquiryNumbers numbers,
    InquiryPolicy policy,
    ICurrentUser user,
    TimeProvider clock,
    IMapper mapper)
    : ICommandHandler<RegisterInquiry, InquiryResponse>
{
    public async ValueTask<InquiryResponse> Handle(RegisterInquiry command, CancellationToken cancellationToken)
    {
        var customer = await CustomerOf(command, cancellationToken);
        var receivedAt = command.ReceivedAt ?? clock.GetUtcNow();
        var number = await numbers.NextAsync(policy.Calendar.LocalDate(receivedAt), cancellationToken);

        var inquiry = Inquiry.Register(
            number,
            command.Channel!.Value,
            customer,
            command.Caller,
            command.Kind!.Value,
            command.Question,
            command.PromisedReplyBy!.Value,
            receivedAt,
            user.UserName,
            policy,
            clock);
        db.Inquiries.Add(inquiry);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<InquiryResponse>(inquiry);
    }

    private async Task<Customer?> CustomerOf(RegisterInquiry command, CancellationToken cancellationToken) =>
        command.CustomerId is { } customerId
            ? await db.Customers.FirstOrDefaultAsync(customer => customer.Id == customerId, cancellationToken)
                ?? throw Reference.Unknown("customerId", "customer", customerId)
            : null;
}
