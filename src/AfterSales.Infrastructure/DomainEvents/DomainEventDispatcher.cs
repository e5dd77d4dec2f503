using System.Collections.Concurrent;
using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Infrastructure.DomainEvents;

/// <summary>Hands each domain event to every <see cref="IDomainEventHandler{TEvent}"/> registered for its type.</summary>
public sealed class DomainEventDispatcher(IServiceProvider services)
{
    private static readonly ConcurrentDictionary<Type, Invoker> Invokers = new();

    public async Task PublishAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
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
