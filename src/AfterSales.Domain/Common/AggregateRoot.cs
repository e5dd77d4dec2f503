namespace AfterSales.Domain.Common;

/// <summary>
/// A consistency boundary: loaded, changed through its own methods and saved as one unit.
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents = [];

    protected AggregateRoot(Guid id) => Id = id;

    public Guid Id { get; private set; }

    /// <summary>PostgreSQL's <c>xmin</c>: changes on every write, so a stale copy can be detected .</summary>
    public uint Version { get; private set; }

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public IReadOnlyList<IDomainEvent> DequeueDomainEvents()
    {
        var events = _domainEvents.ToList();
        _domainEvents.Clear();
        return events;
    }
}
