using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Handovers;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Handovers.Items;

/// <summary>HC-4: a Manager excuses an item, saying why; the endpoint admits only Managers.</summary>
public sealed record WaiveHandoverItem(string Reason) : ICommand<HandoverChecklistResponse>
{
    [JsonIgnore]
    public Guid HandoverId { get; init; }

    [JsonIgnore]
    public Guid ItemId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class WaiveHandoverItemValidator : AbstractValidator<WaiveHandoverItem>
{
    public WaiveHandoverItemValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(HandoverItem.NoteMaxLength);
}

public sealed class WaiveHandoverItemHandler(
    IAfterSalesDbContext db,
    HandoverAccess access,
    IMapper mapper,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<WaiveHandoverItem, HandoverChecklistResponse>
{
    public async ValueTask<HandoverChecklistResponse> Handle(WaiveHandoverItem command, CancellationToken cancellationToken)
    {
        var checklist = await db.HandoverChecklists.LoadForChangeAsync(command.HandoverId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        checklist.WaiveItem(command.ItemId, command.Reason, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<HandoverChecklistResponse>(checklist);
    }
}
