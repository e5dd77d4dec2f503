using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Security;
using AfterSales.Domain.Complaints;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Complaints.Escalate;

/// <summary>CP-2 (r2): hand the complaint to a Director, by user name; a Major complaint must be escalated before it is resolved.</summary>
public sealed record EscalateComplaint(string? DirectorName, string? Note) : ICommand<ComplaintResponse>
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
        RuleFor(command => command.DirectorName).NotEmpty().MaximumLength(100);
        RuleFor(command => command.Note).MaximumLength(Complaint.NoteMaxLength);
    }
}

public sealed class EscalateComplaintHandler(
    IAfterSalesDbContext db,
    ComplaintAccess access,
    IUserRoster roster,
    IMapper mapper,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<EscalateComplaint, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(EscalateComplaint command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.LoadForChangeAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        var namedIsADirector = await roster.HoldsRoleAsync(command.DirectorName!, Roles.Director, cancellationToken);
        complaint.Escalate(command.DirectorName!, namedIsADirector, command.Note, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ComplaintResponse>(complaint);
    }
}
