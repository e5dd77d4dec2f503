using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Handovers.Withdraw;

/// <summary>HC-1 undone: an open handover is called off with the reason, and the technician is Active again.</summary>
public sealed record WithdrawHandover(string? Reason) : ICommand<HandoverChecklistResponse>
{
    [JsonIgnore]
    public Guid HandoverId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class WithdrawHandoverValidator : AbstractValidator<WithdrawHandover>
{
    public WithdrawHandoverValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(500);
}

public sealed class WithdrawHandoverHandler(
    IAfterSalesDbContext db,
    HandoverAccess access,
    IMapper mapper,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<WithdrawHandover, HandoverChecklistResponse>
{
    public async ValueTask<HandoverChecklistResponse> Handle(WithdrawHandover command, CancellationToken cancellationToken)
    {
        var checklist = await db.HandoverChecklists.LoadForChangeAsync(command.HandoverId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        var leaver = await db.Technicians.SingleAsync(technician => technician.Id == checklist.TechnicianId, cancellationToken);
        checklist.Withdraw(leaver, command.Reason!, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<HandoverChecklistResponse>(checklist);
    }
}
