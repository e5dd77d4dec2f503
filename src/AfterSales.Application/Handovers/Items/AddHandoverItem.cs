using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Handovers;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Handovers.Items;

/// <summary>
/// HC-2: an item entered by hand — an information-system account (by system and user name; HC-3: nothing
/// else about it is accepted) or anything else.
/// </summary>
public sealed record AddHandoverItem(HandoverItemKind? Kind, string? SystemName, string? UserName, string Description) : ICommand<HandoverChecklistResponse>
{
    [JsonIgnore]
    public Guid HandoverId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class AddHandoverItemValidator : AbstractValidator<AddHandoverItem>
{
    public AddHandoverItemValidator()
    {
        RuleFor(command => command.Kind).NotNull()
            .Must(kind => kind is HandoverItemKind.Account or HandoverItemKind.Other)
            .WithMessage("Items entered by hand are Account or Other; the rest come from the records.");
        RuleFor(command => command.Description).NotEmpty().MaximumLength(HandoverItem.DescriptionMaxLength);
        When(command => command.Kind == HandoverItemKind.Account, () =>
        {
            RuleFor(command => command.SystemName).NotEmpty().MaximumLength(HandoverItem.AccountNameMaxLength);
            RuleFor(command => command.UserName).NotEmpty().MaximumLength(HandoverItem.AccountNameMaxLength);
        }).Otherwise(() =>
        {
            RuleFor(command => command.SystemName).Empty().WithMessage("Only an Account item names a system.");
            RuleFor(command => command.UserName).Empty().WithMessage("Only an Account item names a user.");
        });
    }
}

public sealed class AddHandoverItemHandler(
    IAfterSalesDbContext db,
    HandoverAccess access,
    IMapper mapper,
    TimeProvider clock)
    : ICommandHandler<AddHandoverItem, HandoverChecklistResponse>
{
    public async ValueTask<HandoverChecklistResponse> Handle(AddHandoverItem command, CancellationToken cancellationToken)
    {
        var checklist = await db.HandoverChecklists.LoadForChangeAsync(command.HandoverId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        if (command.Kind == HandoverItemKind.Account)
        {
            checklist.AddAccount(command.SystemName!, command.UserName!, command.Description, clock);
        }
        else
        {
            checklist.AddOther(command.Description, clock);
        }

        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<HandoverChecklistResponse>(checklist);
    }
}
