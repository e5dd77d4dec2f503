using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Handovers;
using AutoMapper;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Handovers.Items;

/// <summary>HC-4: an item is done; a reassigned or transferred one goes to <see cref="NewTechnicianId"/>, by default the successor.</summary>
public sealed record CompleteHandoverItem(HandoverOutcome? Outcome, string Note, Guid? NewTechnicianId) : HandoverItemAction;

public sealed class CompleteHandoverItemValidator : AbstractValidator<CompleteHandoverItem>
{
    public CompleteHandoverItemValidator()
    {
        RuleFor(command => command.Outcome).NotNull().IsInEnum();
        RuleFor(command => command.Note).NotEmpty().MaximumLength(HandoverItem.NoteMaxLength);
    }
}

public sealed class CompleteHandoverItemHandler(IAfterSalesDbContext db, HandoverAccess access, IMapper mapper, ICurrentUser user, TimeProvider clock)
    : HandoverActionHandler<CompleteHandoverItem>(db, access, mapper)
{
    protected override async Task ApplyAsync(HandoverChecklist checklist, CompleteHandoverItem command, CancellationToken cancellationToken)
    {
        Access.EnsureMayCompleteItems(checklist);
        var outcome = command.Outcome!.Value;
        var taker = checklist.TakerFor(outcome, command.NewTechnicianId) is { } takerId
            ? await Db.Technicians.FirstOrDefaultAsync(technician => technician.Id == takerId, cancellationToken)
                ?? throw Reference.Unknown("newTechnicianId", "technician", takerId)
            : null;
        checklist.CompleteItem(command.ItemId, outcome, command.Note, taker, user.UserName, clock);
    }
}
