using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Complaints;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Complaints.Progress;

/// <summary>CP-9: the customer was told how the complaint stands, at <see cref="At"/>; it takes the complaint off the list of those without an update.</summary>
public sealed record RecordProgressUpdate(DateTimeOffset? At, string? Note) : ICommand<ComplaintResponse>
{
    [JsonIgnore]
    public Guid ComplaintId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RecordProgressUpdateValidator : AbstractValidator<RecordProgressUpdate>
{
    public RecordProgressUpdateValidator()
    {
        RuleFor(command => command.At).NotNull();
        RuleFor(command => command.Note).NotEmpty().MaximumLength(Complaint.NoteMaxLength);
    }
}

public sealed class RecordProgressUpdateHandler(
    IAfterSalesDbContext db,
    ComplaintAccess access,
    IMapper mapper,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<RecordProgressUpdate, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(RecordProgressUpdate command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.LoadForChangeAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        complaint.RecordProgressUpdate(command.At!.Value, command.Note!, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ComplaintResponse>(complaint);
    }
}
