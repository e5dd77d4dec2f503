using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>What the desk promised the customer and how the request reached it: WO-18 and WO-19 (r2).</summary>
public sealed partial class WorkOrder
{
    private readonly List<ResolutionPromise> _promises = [];

    /// <summary>WO-18: every resolution time promised to the customer, the latest first in force.</summary>
    public IReadOnlyCollection<ResolutionPromise> Promises => _promises;

    /// <summary>WO-18: the promise in force, kept on the order's row so the Manager's daily list finds broken ones by index.</summary>
    public DateTimeOffset? PromisedResolutionAt { get; private set; }

    /// <summary>WO-19: when the salesperson heard of the fault, for an order from the <see cref="Channel.Salesperson"/> channel.</summary>
    public DateTimeOffset? SalespersonHeardAt { get; private set; }

    /// <summary>WO-19: registered more than [Sla:SalesForwardHours] after the salesperson heard of the fault.</summary>
    public bool ForwardedLate { get; private set; }

    /// <summary>
    /// WO-18: the customer was told when the fault will be resolved. The time must still be to come; a new promise
    /// replaces the one in force, which stays on record.
    /// </summary>
    public ResolutionPromise PromiseResolution(DateTimeOffset promisedResolutionAt, string? note, string recordedBy, TimeProvider clock)
    {
        Ensure(WorkOrderAction.PromiseResolution);
        var now = clock.GetUtcNow();
        if (promisedResolutionAt <= now)
        {
            throw new InvalidInputException("promisedResolutionAt", "WO-18: a promised resolution time lies in the future.");
        }

        var promise = new ResolutionPromise(promisedResolutionAt, note, recordedBy, now);
        _promises.Add(promise);
        PromisedResolutionAt = promise.PromisedResolutionAt;
        Raise(new WorkRecorded(Id, "promise", now));
        return promise;
    }

    /// <summary>WO-19: a salesperson's order says when they heard of the fault (not after it reached the desk); no other order does.</summary>
    private void RecordSalespersonForward(DateTimeOffset? heardAt, SlaPolicy sla)
    {
        if (Channel != Channel.Salesperson)
        {
            if (heardAt is not null)
            {
                throw new InvalidInputException("salespersonHeardAt", "WO-19: only an order from the Salesperson channel says when a salesperson heard of it.");
            }

            return;
        }

        var heard = heardAt?.ToUniversalTime() ?? throw new InvalidInputException("salespersonHeardAt", "WO-19: say when the salesperson heard of the fault.");
        if (heard > ReceivedAt)
        {
            throw new InvalidInputException("salespersonHeardAt", "WO-19: the salesperson heard of the fault before the order was received.");
        }

        SalespersonHeardAt = heard;
        ForwardedLate = ReceivedAt - heard > sla.SalesForwardLimit;
    }
}
