using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Complaints;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Complaints.Contacts;

/// <summary>
/// CP-9: the service supervisor, or someone they named (<see cref="By"/>), visited or called the customer about the
/// complaint at <see cref="At"/>; required before it is resolved.
/// </summary>
public sealed record RecordComplaintCustomerContact(CustomerContactKind? Kind, string? By, DateTimeOffset? At, string? Note) : ICommand<ComplaintResponse>
{
    [JsonIgnore]
    public Guid ComplaintId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RecordComplaintCustomerContactValidator : AbstractValidator<RecordComplaintCustomerContact>
{
    public RecordComplaintCustomerContactValidator()
    {
        RuleFor(command => command.Kind).NotNull().IsInEnum();
        RuleFor(command => command.By).NotEmpty().MaximumLength(100);
        RuleFor(command => command.At).NotNull();
        RuleFor(command => command.Note).MaximumLength(Complaint.NoteMaxLength);
    }
}

public sealed class RecordComplaintCustomerContactHandler(
    IAfterSalesDbContext db,
    ComplaintAccess access,
    IMapper mapper,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<RecordComplaintCustomerContact, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(RecordComplaintCustomerContact command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.LoadForChangeAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        complaint.RecordCustomerContact(command.Kind!.Value, command.By!, command.At!.Value, command.Note, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ComplaintResponse>(complaint);
    }
}
