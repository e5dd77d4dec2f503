using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Technicians;
using AutoMapper;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Complaints.Verify;

/// <summary>
/// CP-3..CP-6: the investigation's finding. Verified: the named technician — or, when nobody is named, the team
/// lead of the related team (CP-4) — answers for it, with a penalty in the configured range that CP-5 may double.
/// Unfounded: no one is responsible and nothing is charged, so naming either is refused.
/// </summary>
public sealed record VerifyComplaint(bool? Verified, string? Findings, Guid? ResponsibleTechnicianId, decimal? Penalty, bool? FalsifiedRecord) : ComplaintAction;

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
        });
    }
}

public sealed class VerifyComplaintHandler(IAfterSalesDbContext db, ComplaintAccess access, IMapper mapper, ICurrentUser user, ComplaintPolicy policy, TimeProvider clock)
    : ComplaintActionHandler<VerifyComplaint>(db, access, mapper)
{
    protected override async Task ApplyAsync(Complaint complaint, VerifyComplaint command, CancellationToken cancellationToken)
    {
        if (command.Verified == false)
        {
            complaint.Dismiss(command.Findings!, user.UserName, policy.Calendar, clock);
            return;
        }

        var responsible = await ResponsibleFor(complaint, command.ResponsibleTechnicianId, cancellationToken);
        var windowStart = complaint.RepeatWindowStart(policy.RepeatWindowDays);
        var customersComplaints = await Db.Complaints
            .Where(other => other.CustomerId == complaint.CustomerId && other.Id != complaint.Id && other.RegisteredOn >= windowStart)
            .ToListAsync(cancellationToken);
        complaint.Verify(command.Findings!, responsible, command.Penalty!.Value, command.FalsifiedRecord ?? false, customersComplaints, user.UserName, policy, clock);
    }

    /// <summary>CP-4: the named technician, else the team lead of the related team — that of the related order's technician, or else of the accused.</summary>
    private async Task<Technician> ResponsibleFor(Complaint complaint, Guid? named, CancellationToken cancellationToken)
    {
        if (named is { } technicianId)
        {
            return await Db.Technicians.FirstOrDefaultAsync(technician => technician.Id == technicianId, cancellationToken)
                ?? throw Reference.Unknown("responsibleTechnicianId", "technician", technicianId);
        }

        var relatedTechnicianId = complaint.WorkOrderId is { } workOrderId
            ? await Db.WorkOrders.Where(order => order.Id == workOrderId).Select(order => order.TechnicianId).FirstOrDefaultAsync(cancellationToken)
            : null;
        relatedTechnicianId ??= complaint.TechnicianId;
        var team = relatedTechnicianId is { } related
            ? await Db.Technicians.Where(technician => technician.Id == related).Select(technician => technician.Team).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (team is null)
        {
            throw new BusinessRuleViolationException("CP-4", $"{complaint.Number} has no related work order technician or accused technician to find a team by; name the responsible technician");
        }

        var teamLeads = await Db.Technicians.Where(technician => technician.Team == team && technician.Position == Position.TeamLead).ToListAsync(cancellationToken);
        return Technician.TeamLeadOf(team, teamLeads);
    }
}
