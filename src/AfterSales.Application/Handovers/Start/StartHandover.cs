using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Handovers;
using AfterSales.Domain.Technicians;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Handovers.Start;

/// <summary>
/// HC-1, HC-2: a technician leaves or transfers; the checklist lists what they hold. The supervisor is the leaver's
/// supervising technician (<see cref="SupervisorId"/> may be left out, and if given must be that technician); a leaver
/// with none is supervised by a Manager.
/// </summary>
public sealed record StartHandover(
    Guid? TechnicianId,
    HandoverReason? Reason,
    DateOnly? EffectiveDate,
    Guid? SuccessorId,
    Guid? SupervisorId,
    string? NewTeam) : ICommand<HandoverChecklistResponse>;

public sealed class StartHandoverValidator : AbstractValidator<StartHandover>
{
    public StartHandoverValidator()
    {
        RuleFor(command => command.TechnicianId).NotEmpty();
        RuleFor(command => command.Reason).NotNull().IsInEnum();
        RuleFor(command => command.EffectiveDate).NotNull();
        RuleFor(command => command.SuccessorId).NotEmpty();
        RuleFor(command => command.SupervisorId).NotEqual(Guid.Empty);
        RuleFor(command => command.NewTeam).NotEmpty().MaximumLength(HandoverChecklist.TeamMaxLength)
            .When(command => command.Reason == HandoverReason.Transfer)
            .WithMessage("A transfer names the team the technician moves to.");
        RuleFor(command => command.NewTeam).Empty()
            .When(command => command.Reason is not null and not HandoverReason.Transfer)
            .WithMessage("Only a transfer names a new team.");
    }
}

public sealed class StartHandoverHandler(IAfterSalesDbContext db, ICurrentUser user, TimeProvider clock, IMapper mapper)
    : ICommandHandler<StartHandover, HandoverChecklistResponse>
{
    public async ValueTask<HandoverChecklistResponse> Handle(StartHandover command, CancellationToken cancellationToken)
    {
        var leaver = await TechnicianAsync(command.TechnicianId!.Value, "technicianId", cancellationToken);
        var successor = await TechnicianAsync(command.SuccessorId!.Value, "successorId", cancellationToken);
        var supervisor = (command.SupervisorId ?? leaver.SupervisorId) is { } supervisorId ? await TechnicianAsync(supervisorId, "supervisorId", cancellationToken) : null;

        var checklist = HandoverChecklist.Start(
            leaver,
            command.Reason!.Value,
            command.EffectiveDate!.Value,
            successor,
            supervisor,
            command.NewTeam,
            await db.HeldByAsync(leaver.Id, cancellationToken),
            user.UserName,
            clock);
        db.HandoverChecklists.Add(checklist);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<HandoverChecklistResponse>(checklist);
    }

    private async Task<Technician> TechnicianAsync(Guid id, string field, CancellationToken cancellationToken) =>
        await db.Technicians.FirstOrDefaultAsync(technician => technician.Id == id, cancellationToken)
        ?? throw Reference.Unknown(field, "technician", id);
}
