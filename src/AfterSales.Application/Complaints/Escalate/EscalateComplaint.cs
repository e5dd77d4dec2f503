using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Complaints;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Complaints.Escalate;

/// <summary>CP-2: hand the complaint to a Manager, named; a Major complaint must be escalated before it is resolved.</summary>
public sealed record EscalateComplaint(string? ManagerName, string? Note) : ICommand<ComplaintResponse>
{
    [JsonIgnore]
    public Guid ComplaintId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class EscalateComplaintValidator : AbstractValidator<EscalateComplaint>
{
    public EscalateComplaintValidator()
    {
        RuleFor(command => command.ManagerName).NotEmpty().MaximumLength(100);
        RuleFor(command => command.Note).MaximumLength(Complaint.NoteMaxLength);
    }
}

public sealed class EscalateComplaintHandler(
    IAfterSalesDbContext db,
    ComplaintAccess access,
    IMapper mapper,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<EscalateComplaint, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(EscalateComplaint command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.LoadForChangeAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        complaint.Escalate(command.ManagerName!, command.Note, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ComplaintResponse>(complaint);
    }
}
