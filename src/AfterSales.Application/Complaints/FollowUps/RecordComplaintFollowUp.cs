using AfterSales.Application.Abstractions;
using AfterSales.Domain.Complaints;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.Complaints.FollowUps;

/// <summary>The follow-up call after resolution: satisfied closes the complaint, not satisfied reopens the investigation.</summary>
public sealed record RecordComplaintFollowUp(bool? Satisfied, string? Note) : ComplaintAction;

public sealed class RecordComplaintFollowUpValidator : AbstractValidator<RecordComplaintFollowUp>
{
    public RecordComplaintFollowUpValidator()
    {
        RuleFor(command => command.Satisfied).NotNull();
        RuleFor(command => command.Note).MaximumLength(Complaint.NoteMaxLength);
    }
}

public sealed class RecordComplaintFollowUpHandler(IAfterSalesDbContext db, ComplaintAccess access, IMapper mapper, ICurrentUser user, TimeProvider clock)
    : ComplaintActionHandler<RecordComplaintFollowUp>(db, access, mapper)
{
    protected override Task ApplyAsync(Complaint complaint, RecordComplaintFollowUp command, CancellationToken cancellationToken)
    {
        complaint.RecordFollowUp(command.Satisfied!.Value, command.Note, user.UserName, clock);
        return Task.CompletedTask;
    }
}
