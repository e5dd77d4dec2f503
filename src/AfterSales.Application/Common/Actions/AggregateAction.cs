using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Common;
using AutoMapper;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Common.Actions;

/// <summary>An action on one existing aggregate: <c>POST /{resources}/{id}/{action}</c>; the body is the derived record.</summary>
public abstract record AggregateAction<TResponse> : ICommand<TResponse>
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid AggregateId { get; init; }

    /// <summary>From <c>If-Match</c>; null when the client did not ask for a version check.</summary>
    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }

    /// <summary>The same action aimed at an aggregate, at the version the client expects.</summary>
    public TAction For<TAction>(Guid aggregateId, uint? expectedVersion)
        where TAction : AggregateAction<TResponse> =>
        (TAction)(this with { AggregateId = aggregateId, ExpectedVersion = expectedVersion });
}

/// <summary>
/// An action on one item of an aggregate — a part or payment of an order, an item of a handover checklist:
/// <c>POST /{resources}/{id}/{items}/{itemId}/{action}</c>.
/// </summary>
public abstract record AggregateItemAction<TResponse> : AggregateAction<TResponse>
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid ItemId { get; init; }

    /// <summary>The same action aimed at one item of an aggregate, at the version the client expects.</summary>
    public TAction For<TAction>(Guid aggregateId, Guid itemId, uint? expectedVersion)
        where TAction : AggregateItemAction<TResponse> =>
        (TAction)(For<AggregateItemAction<TResponse>>(aggregateId, expectedVersion) with { ItemId = itemId });
}

/// <summary>
/// The shape every aggregate action shares: load the aggregate the caller may see at the version they
/// expect, apply one domain method, save, answer with the aggregate.
/// </summary>
public abstract class AggregateActionHandler<TAggregate, TAction, TResponse>(IAfterSalesDbContext db, IMapper mapper)
    : ICommandHandler<TAction, TResponse>
    where TAggregate : AggregateRoot
    where TAction : AggregateAction<TResponse>
{
    /// <summary>For actions that read more than the aggregate (the technician to assign, say).</summary>
    protected IAfterSalesDbContext Db => db;

    /// <summary>Where the aggregates acted on are stored.</summary>
    protected abstract DbSet<TAggregate> Aggregates { get; }

    public async ValueTask<TResponse> Handle(TAction command, CancellationToken cancellationToken)
    {
        var aggregate = await Aggregates.LoadForChangeAsync(command.AggregateId, command.ExpectedVersion, cancellationToken, EnsureVisible);
        await ApplyAsync(aggregate, command, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<TResponse>(aggregate);
    }

    /// <summary>Refuses (as not found) an aggregate the caller may not see .</summary>
    protected abstract void EnsureVisible(TAggregate aggregate);

    protected abstract Task ApplyAsync(TAggregate aggregate, TAction command, CancellationToken cancellationToken);
}
