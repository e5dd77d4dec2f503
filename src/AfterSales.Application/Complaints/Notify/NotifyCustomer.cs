using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Complaints;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Complaints.Notify;

/// <summary>
/// CP-2: the customer was told the result, and how; required before the complaint is resolved. By letter (r2, required of
/// a Major complaint): the letter's date and reference.
/// </summary>
public sealed record NotifyCustomer(NotificationMethod? How, string? Note, DateOnly? LetterDate = null, string? LetterReference = null) : ICommand<ComplaintResponse>
{
    [JsonIgnore]
    public Guid ComplaintId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class NotifyCustomerValidator : AbstractValidator<NotifyCustomer>
{
    public NotifyCustomerValidator()
    {
        RuleFor(command => command.How).NotNull().IsInEnum();
        RuleFor(command => command.Note).MaximumLength(Complaint.NoteMaxLength);
        When(command => command.How == NotificationMethod.Letter, () =>
        {
            RuleFor(command => command.LetterDate).NotNull().WithMessage("CP-2: a letter has a date.");
            RuleFor(command => command.LetterReference).NotEmpty().WithMessage("CP-2: a letter has a reference.")
                .MaximumLength(CustomerNotification.LetterReferenceMaxLength);
        }).Otherwise(() =>
        {
            RuleFor(command => command.LetterDate).Null().WithMessage("Only a letter has a letter date.");
            RuleFor(command => command.LetterReference).Null().WithMessage("Only a letter has a letter reference.");
        });
    }
}

public sealed class NotifyCustomerHandler(
    IAfterSalesDbContext db,
    ComplaintAccess access,
    IMapper mapper,
    ICurrentUser user,
    ComplaintPolicy policy,
    TimeProvider clock)
    : ICommandHandler<NotifyCustomer, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(NotifyCustomer command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.LoadForChangeAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        var letter = command.LetterDate is { } date ? new Letter(date, command.LetterReference!) : null;
        complaint.RecordCustomerNotified(command.How!.Value, command.Note, letter, user.UserName, policy.Calendar, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ComplaintResponse>(complaint);
    }
}
