using AfterSales.Application.Abstractions;
using AfterSales.Domain.Complaints;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.Complaints.Appeals;

/// <summary>CP-8: the responsible technician appeals, within the appeal period of their notification.</summary>
public sealed record FileAppeal(string? Reason) : ComplaintAction;

public sealed class FileAppealValidator : AbstractValidator<FileAppeal>
{
    public FileAppealValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(Complaint.NoteMaxLength);
}

public sealed class FileAppealHandler(IAfterSalesDbContext db, ComplaintAccess access, IMapper mapper, ICurrentUser user, ComplaintPolicy policy, TimeProvider clock)
    : ComplaintActionHandler<FileAppeal>(db, access, mapper)
{
    protected override Task ApplyAsync(Complaint complaint, FileAppeal command, CancellationToken cancellationToken)
    {
        Access.EnsureResponsible(complaint);
        complaint.FileAppeal(command.Reason!, user.UserName, policy, clock);
        return Task.CompletedTask;
    }
}
