using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Handovers;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Handovers.SignOffs;

/// <summary>HC-5: the leaver, the receiver or the supervisor signs, as themselves or through a Manager.</summary>
public sealed record SignOffHandover(HandoverParty? Party) : ICommand<HandoverChecklistResponse>
{
    [JsonIgnore]
    public Guid HandoverId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class SignOffHandoverValidator : AbstractValidator<SignOffHandover>
{
    public SignOffHandoverValidator() => RuleFor(command => command.Party).NotNull().IsInEnum();
}

public sealed class SignOffHandoverHandler(
    IAfterSalesDbContext db,
    HandoverAccess access,
    IMapper mapper,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<SignOffHandover, HandoverChecklistResponse>
{
    public async ValueTask<HandoverChecklistResponse> Handle(SignOffHandover command, CancellationToken cancellationToken)
    {
        var checklist = await db.HandoverChecklists.LoadForChangeAsync(command.HandoverId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        var party = command.Party!.Value;
        checklist.SignOff(party, user.UserName, access.SignsOnBehalf(checklist, party), clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<HandoverChecklistResponse>(checklist);
    }
}
