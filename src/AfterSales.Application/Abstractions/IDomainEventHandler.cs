using AfterSales.Domain.Common;

namespace AfterSales.Application.Abstractions;

/// <summary>
/// Reacts to a domain event inside the transaction that raised it, so the reaction and the change
/// commit or roll back together.
/// </summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
