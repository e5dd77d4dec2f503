using AfterSales.Application.Abstractions;
using AfterSales.Domain.Complaints;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.Complaints.Notify;

/// <summary>CP-2: the customer was told the result, and how; required before the complaint is resolved.</summary>
public sealed record NotifyCustomer(NotificationMethod? How, string? Note) : ComplaintAction;

public sealed class NotifyCustomerValidator : AbstractValidator<NotifyCustomer>
{
    public NotifyCustomerValidator()
    {
        RuleFor(command => command.How).NotNull().IsInEnum();
        RuleFor(command => command.Note).MaximumLength(Complaint.NoteMaxLength);
    }
}

public sealed class NotifyCustomerHandler(IAfterSalesDbContext db, ComplaintAccess access, IMapper mapper, ICurrentUser user, TimeProvider clock)
    : ComplaintActionHandler<NotifyCustomer>(db, access, mapper)
{
    protected override Task ApplyAsync(Complaint complaint, NotifyCustomer command, CancellationToken cancellationToken)
    {
        complaint.RecordCustomerNotified(command.How!.Value, command.Note, user.UserName, clock);
        return Task.CompletedTask;
    }
}
