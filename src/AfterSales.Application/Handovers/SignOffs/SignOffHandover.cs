using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Security;
using AfterSales.Domain.Handovers;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Handovers.SignOffs;

/// <summary>HC-5 (r2): the leaver, the receiver or the supervisor signs, each signed in as themselves.</summary>
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
        checklist.SignOff(command.Party!.Value, user.AsActor(), clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<HandoverChecklistResponse>(checklist);
    }
}
