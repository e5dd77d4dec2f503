using System.Collections.Concurrent;
using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Infrastructure.DomainEvents;

/// <summary>Hands each domain event to every <see cref="IDomainEventHandler{TEvent}"/> registered for its type.</summary>
public sealed class DomainEventDispatcher(IServiceProvider services)
{
    private static readonly ConcurrentDictionary<Type, Invoker> Invokers = new();

    /// <summary>
    /// Runs the reactions to every event the tracked aggregates raised, and to the events those reactions raise, until
    /// none is left, so that they all join the unit of work before anything is written. Changes are detected once per
    /// round. Returns every aggregate that raised an event: the ones the unit of work changed.
    /// </summary>
    public async Task<IReadOnlyCollection<EntityEntry<AggregateRoot>>> PublishRaisedAsync(ChangeTracker changeTracker, CancellationToken cancellationToken)
    {
        var changed = new Dictionary<AggregateRoot, EntityEntry<AggregateRoot>>(ReferenceEqualityComparer.Instance);
        while (true)
        {
            changeTracker.DetectChanges();
            var raising = changeTracker.Entries<AggregateRoot>().Where(entry => entry.Entity.DomainEvents.Count > 0).ToList();
            if (raising.Count == 0)
            {
                return changed.Values;
            }

            var events = new List<IDomainEvent>();
            foreach (var entry in raising)
            {
                changed[entry.Entity] = entry;
                events.AddRange(entry.Entity.DequeueDomainEvents());
            }

            foreach (var domainEvent in events)
            {
                await PublishAsync(services, domainEvent, cancellationToken);
            }
        }
    }

    private static async Task PublishAsync(IServiceProvider services, IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var invoker = Invokers.GetOrAdd(domainEvent.GetType(), type => (Invoker)Activator.CreateInstance(typeof(Invoker<>).MakeGenericType(type))!);
        await invoker.InvokeAsync(services, domainEvent, cancellationToken);
    }

    private abstract class Invoker
    {
        public abstract Task InvokeAsync(IServiceProvider services, IDomainEvent domainEvent, CancellationToken cancellationToken);
    }

    private sealed class Invoker<TEvent> : Invoker
        where TEvent : IDomainEvent
    {
        public override async Task InvokeAsync(IServiceProvider services, IDomainEvent domainEvent, CancellationToken cancellationToken)
        {
            foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
            {
                await handler.HandleAsync((TEvent)domainEvent, cancellationToken);
            }
        }
    }
}
