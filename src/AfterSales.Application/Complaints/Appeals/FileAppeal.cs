using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Complaints;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Complaints.Appeals;

/// <summary>CP-8: the responsible technician appeals, within the appeal period of their notification.</summary>
public sealed record FileAppeal(string? Reason) : ICommand<ComplaintResponse>
{
    [JsonIgnore]
    public Guid ComplaintId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class FileAppealValidator : AbstractValidator<FileAppeal>
{
    public FileAppealValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(Complaint.NoteMaxLength);
}

public sealed class FileAppealHandler(
    IAfterSalesDbContext db,
    ComplaintAccess access,
    IMapper mapper,
    ICurrentUser user,
    ComplaintPolicy policy,
    TimeProvider clock)
    : ICommandHandler<FileAppeal, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(FileAppeal command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.LoadForChangeAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        access.EnsureResponsible(complaint);
        complaint.FileAppeal(command.Reason!, user.UserName, policy, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ComplaintResponse>(complaint);
    }
}
