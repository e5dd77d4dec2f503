using AfterSales.Application.Abstractions;
using AfterSales.Domain.Handovers;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.Handovers.Items;

/// <summary>HC-4: a Manager excuses an item, saying why; the endpoint admits only Managers.</summary>
public sealed record WaiveHandoverItem(string Reason) : HandoverItemAction;

public sealed class WaiveHandoverItemValidator : AbstractValidator<WaiveHandoverItem>
{
    public WaiveHandoverItemValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(HandoverItem.NoteMaxLength);
}

public sealed class WaiveHandoverItemHandler(IAfterSalesDbContext db, HandoverAccess access, IMapper mapper, ICurrentUser user, TimeProvider clock)
    : HandoverActionHandler<WaiveHandoverItem>(db, access, mapper)
{
    protected override Task ApplyAsync(HandoverChecklist checklist, WaiveHandoverItem command, CancellationToken cancellationToken)
    {
        checklist.WaiveItem(command.ItemId, command.Reason, user.UserName, clock);
        return Task.CompletedTask;
    }
}
