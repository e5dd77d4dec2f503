using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Validation;
using AfterSales.Application.Security;
using AfterSales.Domain.Handovers;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Handovers.Items;

/// <summary>HC-4: an item is done; a reassigned or transferred one goes to <see cref="NewTechnicianId"/>, by default the successor.</summary>
public sealed record CompleteHandoverItem(HandoverOutcome? Outcome, string Note, Guid? NewTechnicianId) : ICommand<HandoverChecklistResponse>
{
    [JsonIgnore]
    public Guid HandoverId { get; init; }

    [JsonIgnore]
    public Guid ItemId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class CompleteHandoverItemValidator : AbstractValidator<CompleteHandoverItem>
{
    public CompleteHandoverItemValidator()
    {
        RuleFor(command => command.Outcome).NotNull().IsInEnum();
        RuleFor(command => command.Note).NotEmpty().MaximumLength(HandoverItem.NoteMaxLength);
    }
}

public sealed class CompleteHandoverItemHandler(
    IAfterSalesDbContext db,
    HandoverAccess access,
    IMapper mapper,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<CompleteHandoverItem, HandoverChecklistResponse>
{
    public async ValueTask<HandoverChecklistResponse> Handle(CompleteHandoverItem command, CancellationToken cancellationToken)
    {
        var checklist = await db.HandoverChecklists.LoadForChangeAsync(command.HandoverId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        access.EnsureMayCompleteItems(checklist);
        var outcome = command.Outcome!.Value;
        var taker = checklist.TakerFor(outcome, command.NewTechnicianId) is { } takerId
            ? await db.Technicians.FirstOrDefaultAsync(technician => technician.Id == takerId, cancellationToken)
                ?? throw Reference.Unknown("newTechnicianId", "technician", takerId)
            : null;
        var records = await db.ReferencedByAsync(checklist.Items.Where(item => item.Id == command.ItemId), cancellationToken);
        checklist.CompleteItem(command.ItemId, outcome, command.Note, taker, user.AsActor(), records, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<HandoverChecklistResponse>(checklist);
    }
}
