using AfterSales.Application.Abstractions;
using AfterSales.Domain.Handovers;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.Handovers.SignOffs;

/// <summary>HC-5: the leaver, the receiver or the supervisor signs, as themselves or through a Manager.</summary>
public sealed record SignOffHandover(HandoverParty? Party) : HandoverAction;

public sealed class SignOffHandoverValidator : AbstractValidator<SignOffHandover>
{
    public SignOffHandoverValidator() => RuleFor(command => command.Party).NotNull().IsInEnum();
}

public sealed class SignOffHandoverHandler(IAfterSalesDbContext db, HandoverAccess access, IMapper mapper, ICurrentUser user, TimeProvider clock)
    : HandoverActionHandler<SignOffHandover>(db, access, mapper)
{
    protected override Task ApplyAsync(HandoverChecklist checklist, SignOffHandover command, CancellationToken cancellationToken)
    {
        var party = command.Party!.Value;
        checklist.SignOff(party, user.UserName, Access.SignsOnBehalf(checklist, party), clock);
        return Task.CompletedTask;
    }
}
