using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Reopen;

/// <summary>
/// The fault came back: a closed order returns to its technician within [WorkOrders:ReopenWindowDays], or, when they
/// have departed, to the customer's responsible technician or the dispatch queue (WO-13 r2).
/// </summary>
public sealed record ReopenWorkOrder(string Reason) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ReopenWorkOrderValidator : AbstractValidator<ReopenWorkOrder>
{
    public ReopenWorkOrderValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(500);
}

public sealed class ReopenWorkOrderHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    IOptions<WorkOrderOptions> options,
    ICurrentUser user,
    SlaPolicy sla,
    TimeProvider clock)
    : ICommandHandler<ReopenWorkOrder, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(ReopenWorkOrder command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        var technician = await db.Technicians.SingleOrDefaultAsync(candidate => candidate.Id == order.TechnicianId, cancellationToken);
        var responsible = await db.Customers
            .Where(customer => customer.Id == order.CustomerId)
            .Join(db.Technicians, customer => customer.ResponsibleTechnicianId, candidate => (Guid?)candidate.Id, (_, candidate) => candidate)
            .SingleOrDefaultAsync(cancellationToken);
        order.Reopen(command.Reason, options.Value.ReopenWindowDays, technician, responsible, user.UserName, sla, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
