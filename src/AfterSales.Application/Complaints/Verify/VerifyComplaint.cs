using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Technicians;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Complaints.Verify;

/// <summary>
/// CP-3..CP-6: the investigation's finding. Verified: the named technician — or, when nobody is named, the team
/// lead of the related team (CP-4) — answers for it, with a penalty in the configured range that CP-5 may double.
/// Unfounded: no one is responsible and nothing is charged, so naming either is refused. <see cref="NotDoneProperly"/>:
/// a maintenance inspection or backup recorded as done was not done properly (CP-5 r2, PM-4).
/// </summary>
public sealed record VerifyComplaint(bool? Verified, string? Findings, Guid? ResponsibleTechnicianId, decimal? Penalty, bool? FalsifiedRecord, bool? NotDoneProperly = null)
    : ICommand<ComplaintResponse>
{
    [JsonIgnore]
    public Guid ComplaintId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class VerifyComplaintValidator : AbstractValidator<VerifyComplaint>
{
    public VerifyComplaintValidator(IOptions<ComplaintOptions> options)
    {
        var range = options.Value.Penalty;
        RuleFor(command => command.Verified).NotNull();
        RuleFor(command => command.Findings).NotEmpty().MaximumLength(Complaint.FindingsMaxLength);
        When(command => command.Verified == true, () =>
            RuleFor(command => command.Penalty).NotNull()
                .InclusiveBetween(range.Min, range.Max).WithMessage(FormattableString.Invariant($"CP-5: the penalty is {range.Min:0.00} to {range.Max:0.00}."))
                .IsMoney());
        When(command => command.Verified == false, () =>
        {
            RuleFor(command => command.Penalty).Null().WithMessage("An unfounded complaint carries no penalty.");
            RuleFor(command => command.ResponsibleTechnicianId).Null().WithMessage("An unfounded complaint makes nobody responsible.");
            RuleFor(command => command.FalsifiedRecord).NotEqual(true).WithMessage("An unfounded complaint had no falsified record behind it.");
            RuleFor(command => command.NotDoneProperly).NotEqual(true).WithMessage("An unfounded complaint had no inspection done improperly behind it.");
        });
    }
}

public sealed class VerifyComplaintHandler(
    IAfterSalesDbContext db,
    ComplaintAccess access,
    IMapper mapper,
    ICurrentUser user,
    ComplaintPolicy policy,
    TimeProvider clock)
    : ICommandHandler<VerifyComplaint, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(VerifyComplaint command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.LoadForChangeAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        if (command.Verified == false)
        {
            complaint.Dismiss(command.Findings!, user.UserName, user.TechnicianId, policy.Calendar, clock);
        }
        else
        {
            var named = await NamedAsync(command.ResponsibleTechnicianId, cancellationToken);
            var answering = named is null ? await AnsweringAsync(complaint, cancellationToken) : null;
            var teamLeads = answering is null
                ? []
                : await db.Technicians.Where(technician => technician.Team == answering.Team && technician.Position == Position.TeamLead).ToListAsync(cancellationToken);
            var windowStart = complaint.RepeatWindowStart(policy.RepeatWindowDays);
            var customersComplaints = await db.Complaints
                .Where(other => other.CustomerId == complaint.CustomerId && other.Id != complaint.Id && other.RegisteredOn >= windowStart)
                .ToListAsync(cancellationToken);
            complaint.Verify(
                command.Findings!,
                complaint.Responsible(named, answering, teamLeads),
                command.Penalty!.Value,
                command.FalsifiedRecord ?? false,
                command.NotDoneProperly ?? false,
                customersComplaints,
                user.UserName,
                user.TechnicianId,
                policy,
                clock);
        }

        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ComplaintResponse>(complaint);
    }

    private async Task<Technician?> NamedAsync(Guid? technicianId, CancellationToken cancellationToken) =>
        technicianId is { } id
            ? await db.Technicians.FirstOrDefaultAsync(technician => technician.Id == id, cancellationToken)
                ?? throw Reference.Unknown("responsibleTechnicianId", "technician", id)
            : null;

    /// <summary>The technician whose team answers (CP-4): read here, decided by <see cref="Complaint.AnsweringTechnicianId"/>.</summary>
    private async Task<Technician?> AnsweringAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        var relatedOrdersTechnicianId = complaint.WorkOrderId is { } workOrderId
            ? await db.WorkOrders.Where(order => order.Id == workOrderId).Select(order => order.TechnicianId).FirstOrDefaultAsync(cancellationToken)
            : null;
        return complaint.AnsweringTechnicianId(relatedOrdersTechnicianId) is { } answeringId
            ? await db.Technicians.FirstOrDefaultAsync(technician => technician.Id == answeringId, cancellationToken)
            : null;
    }
}
