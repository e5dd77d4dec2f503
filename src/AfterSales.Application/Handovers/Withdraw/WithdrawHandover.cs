using AfterSales.Application.Abstractions;
using AfterSales.Domain.Handovers;
using AutoMapper;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Handovers.Withdraw;

/// <summary>HC-1 undone: an open handover is called off with the reason, and the technician is Active again.</summary>
public sealed record WithdrawHandover(string? Reason) : HandoverAction;

public sealed class WithdrawHandoverValidator : AbstractValidator<WithdrawHandover>
{
    public WithdrawHandoverValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(500);
}

public sealed class WithdrawHandoverHandler(IAfterSalesDbContext db, HandoverAccess access, IMapper mapper, ICurrentUser user, TimeProvider clock)
    : HandoverActionHandler<WithdrawHandover>(db, access, mapper)
{
    protected override async Task ApplyAsync(HandoverChecklist checklist, WithdrawHandover command, CancellationToken cancellationToken)
    {
        var leaver = await Db.Technicians.SingleAsync(technician => technician.Id == checklist.TechnicianId, cancellationToken);
        checklist.Withdraw(leaver, command.Reason!, user.UserName, clock);
    }
}
