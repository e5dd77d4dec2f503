using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.WorkOrders;

/// <summary>An action on one existing order: <c>POST /work-orders/{id}/{action}</c>; the body is the derived record.</summary>
public abstract record WorkOrderAction : ICommand<WorkOrderResponse>
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    /// <summary>From <c>If-Match</c>; null when the client did not ask for a version check.</summary>
    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }

    /// <summary>The same action aimed at an order, at the version the client expects.</summary>
    public TAction For<TAction>(Guid workOrderId, uint? expectedVersion)
        where TAction : WorkOrderAction =>
        (TAction)(this with { WorkOrderId = workOrderId, ExpectedVersion = expectedVersion });
}

/// <summary>
/// The shape every order action shares: load the order the caller may see at the version they
/// expect, apply one domain method, save, answer with the order.
/// </summary>
public abstract class WorkOrderActionHandler<TAction>(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper)
    : ICommandHandler<TAction, WorkOrderResponse>
    where TAction : WorkOrderAction
{
    /// <summary>For actions that read more than the order (the technician to assign, say).</summary>
    protected IAfterSalesDbContext Db => db;

    protected WorkOrderAccess Access => access;

    public async ValueTask<WorkOrderResponse> Handle(TAction command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        await ApplyAsync(order, command, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<WorkOrderResponse>(order);
    }

    protected abstract Task ApplyAsync(WorkOrder order, TAction command, CancellationToken cancellationToken);
}
