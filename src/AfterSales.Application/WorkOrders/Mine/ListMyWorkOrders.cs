using AfterSales.Application.Abstractions;
using AfterSales.Application.Security;
using AfterSales.Application.WorkOrders.Get;
using Dapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.Mine;

/// <summary>
/// WO-21: the signed-in technician's day in one call — every open order assigned to them, oldest first, each in its
/// full representation with the customer and machine (the site) and the actions open to them (WO-22).
/// </summary>
/// <param name="Status">Which of their orders: <c>open</c> (the default), the app's working set; closed work is read from the lists.</param>
public sealed record ListMyWorkOrders(string? Status = ListMyWorkOrders.Open) : IQuery<MyWorkOrders>
{
    public const string Open = "open";
}

public sealed record MyWorkOrders(IReadOnlyList<WorkOrderResponse> Items);

public sealed class ListMyWorkOrdersValidator : AbstractValidator<ListMyWorkOrders>
{
    public ListMyWorkOrdersValidator() =>
        RuleFor(query => query.Status)
            .Must(status => status is null || string.Equals(status, ListMyWorkOrders.Open, StringComparison.OrdinalIgnoreCase))
            .WithMessage("status must be 'open'.");
}

public sealed class ListMyWorkOrdersHandler(IReadDatabase reads, WorkOrderReader reader, WorkOrderResponses responses, ICurrentUser caller)
    : IQueryHandler<ListMyWorkOrders, MyWorkOrders>
{
    public async ValueTask<MyWorkOrders> Handle(ListMyWorkOrders query, CancellationToken cancellationToken)
    {
        var technicianId = caller.TechnicianId
            ?? throw new ForbiddenException("WO-21: the day's orders are a technician's own, and the signed-in user is not linked to a technician.");
        var ids = await reads.ReadAsync(
            connection => connection.QueryAsync<Guid>(new CommandDefinition(
                WorkOrderReader.OpenOrderIdsOfTechnician, new { technician = technicianId }, cancellationToken: cancellationToken)),
            cancellationToken);
        return new MyWorkOrders(await responses.ForCallerAsync(await reader.ReadAssignedAsync(ids, technicianId, cancellationToken), cancellationToken));
    }
}
