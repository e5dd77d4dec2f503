using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Handovers;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.Handovers;

/// <summary>An action on one checklist: <c>POST /handovers/{id}/{action}</c>; the body is the derived record.</summary>
public abstract record HandoverAction : ICommand<HandoverChecklistResponse>
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid ChecklistId { get; init; }

    /// <summary>From <c>If-Match</c>; null when the client did not ask for a version check.</summary>
    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }

    /// <summary>The same action aimed at a checklist, at the version the client expects.</summary>
    public TAction For<TAction>(Guid checklistId, uint? expectedVersion)
        where TAction : HandoverAction =>
        (TAction)(this with { ChecklistId = checklistId, ExpectedVersion = expectedVersion });
}

/// <summary>An action on one item of a checklist: <c>POST /handovers/{id}/items/{itemId}/{action}</c>.</summary>
public abstract record HandoverItemAction : HandoverAction
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid ItemId { get; init; }

    public TAction For<TAction>(Guid checklistId, Guid itemId, uint? expectedVersion)
        where TAction : HandoverItemAction =>
        (TAction)(For<HandoverItemAction>(checklistId, expectedVersion) with { ItemId = itemId });
}

/// <summary>
/// The shape every checklist action shares: load the checklist the caller may see at the version they
/// expect, apply one domain method, save, answer with the checklist.
/// </summary>
public abstract class HandoverActionHandler<TAction>(IAfterSalesDbContext db, HandoverAccess access, IMapper mapper)
    : ICommandHandler<TAction, HandoverChecklistResponse>
    where TAction : HandoverAction
{
    /// <summary>For actions that read more than the checklist (the technician who takes an item over, say).</summary>
    protected IAfterSalesDbContext Db => db;

    protected HandoverAccess Access => access;

    public async ValueTask<HandoverChecklistResponse> Handle(TAction command, CancellationToken cancellationToken)
    {
        var checklist = await db.HandoverChecklists.LoadForChangeAsync(command.ChecklistId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        await ApplyAsync(checklist, command, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<HandoverChecklistResponse>(checklist);
    }

    protected abstract Task ApplyAsync(HandoverChecklist checklist, TAction command, CancellationToken cancellationToken);
}
