using AfterSales.Application.Abstractions;
using AfterSales.Domain.Complaints;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.Complaints.Escalate;

/// <summary>CP-2: hand the complaint to a Manager, named; a Major complaint must be escalated before it is resolved.</summary>
public sealed record EscalateComplaint(string? ManagerName, string? Note) : ComplaintAction;

public sealed class EscalateComplaintValidator : AbstractValidator<EscalateComplaint>
{
    public EscalateComplaintValidator()
    {
        RuleFor(command => command.ManagerName).NotEmpty().MaximumLength(100);
        RuleFor(command => command.Note).MaximumLength(Complaint.NoteMaxLength);
    }
}

public sealed class EscalateComplaintHandler(IAfterSalesDbContext db, ComplaintAccess access, IMapper mapper, ICurrentUser user, TimeProvider clock)
    : ComplaintActionHandler<EscalateComplaint>(db, access, mapper)
{
    protected override Task ApplyAsync(Complaint complaint, EscalateComplaint command, CancellationToken cancellationToken)
    {
        complaint.Escalate(command.ManagerName!, command.Note, user.UserName, clock);
        return Task.CompletedTask;
    }
}
