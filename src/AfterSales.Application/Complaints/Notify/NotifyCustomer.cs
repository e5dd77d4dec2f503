using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Complaints;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Complaints.Notify;

/// <summary>CP-2: the customer was told the result, and how; required before the complaint is resolved.</summary>
public sealed record NotifyCustomer(NotificationMethod? How, string? Note) : ICommand<ComplaintResponse>
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
    }
}

public sealed class NotifyCustomerHandler(
    IAfterSalesDbContext db,
    ComplaintAccess access,
    IMapper mapper,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<NotifyCustomer, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(NotifyCustomer command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.LoadForChangeAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        complaint.RecordCustomerNotified(command.How!.Value, command.Note, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ComplaintResponse>(complaint);
    }
}
