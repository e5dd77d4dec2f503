using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Complaints;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Complaints.FollowUps;

/// <summary>The follow-up call after resolution: satisfied closes the complaint, not satisfied reopens the investigation.</summary>
public sealed record RecordComplaintFollowUp(bool? Satisfied, string? Note) : ICommand<ComplaintResponse>
{
    [JsonIgnore]
    public Guid ComplaintId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RecordComplaintFollowUpValidator : AbstractValidator<RecordComplaintFollowUp>
{
    public RecordComplaintFollowUpValidator()
    {
        RuleFor(command => command.Satisfied).NotNull();
        RuleFor(command => command.Note).MaximumLength(Complaint.NoteMaxLength);
    }
}

public sealed class RecordComplaintFollowUpHandler(
    IAfterSalesDbContext db,
    ComplaintAccess access,
    IMapper mapper,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<RecordComplaintFollowUp, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(RecordComplaintFollowUp command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.LoadForChangeAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        complaint.RecordFollowUp(command.Satisfied!.Value, command.Note, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ComplaintResponse>(complaint);
    }
}
