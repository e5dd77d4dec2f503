using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Domain.Complaints;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.Complaints.Appeals;

/// <summary>CP-8: a Manager upholds (penalty and deduction removed) or rejects (one further appeal allowed) an appeal.</summary>
public sealed record DecideAppeal(bool? Upheld, string? Note) : ComplaintAction
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid AppealId { get; init; }
}

public sealed class DecideAppealValidator : AbstractValidator<DecideAppeal>
{
    public DecideAppealValidator()
    {
        RuleFor(command => command.Upheld).NotNull();
        RuleFor(command => command.Note).NotEmpty().MaximumLength(Complaint.NoteMaxLength);
    }
}

public sealed class DecideAppealHandler(IAfterSalesDbContext db, ComplaintAccess access, IMapper mapper, ICurrentUser user, TimeProvider clock)
    : ComplaintActionHandler<DecideAppeal>(db, access, mapper)
{
    protected override Task ApplyAsync(Complaint complaint, DecideAppeal command, CancellationToken cancellationToken)
    {
        complaint.DecideAppeal(command.AppealId, command.Upheld!.Value, command.Note!, user.UserName, clock);
        return Task.CompletedTask;
    }
}
