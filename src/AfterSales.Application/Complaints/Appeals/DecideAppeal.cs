using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Security;
using AfterSales.Domain.Complaints;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Complaints.Appeals;

/// <summary>CP-8: a Manager upholds (penalty and deduction removed) or rejects (one further appeal allowed, decided by a Director) an appeal.</summary>
public sealed record DecideAppeal(bool? Upheld, string? Note) : ICommand<ComplaintResponse>
{
    [JsonIgnore]
    public Guid ComplaintId { get; init; }

    [JsonIgnore]
    public Guid AppealId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class DecideAppealValidator : AbstractValidator<DecideAppeal>
{
    public DecideAppealValidator()
    {
        RuleFor(command => command.Upheld).NotNull();
        RuleFor(command => command.Note).NotEmpty().MaximumLength(Complaint.NoteMaxLength);
    }
}

public sealed class DecideAppealHandler(
    IAfterSalesDbContext db,
    ComplaintAccess access,
    IMapper mapper,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<DecideAppeal, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(DecideAppeal command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.LoadForChangeAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        complaint.DecideAppeal(command.AppealId, command.Upheld!.Value, command.Note!, user.AsActor(), clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ComplaintResponse>(complaint);
    }
}
