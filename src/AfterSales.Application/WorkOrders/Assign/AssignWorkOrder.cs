using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.WorkOrders.Assign;

/// <summary>WO-2: dispatch to an active technician (TE-2); a reassignment says why; a team lead dispatches to their own team (X-4 r2).</summary>
public sealed record AssignWorkOrder(Guid? TechnicianId, string? Reason) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class AssignWorkOrderValidator : AbstractValidator<AssignWorkOrder>
{
    public AssignWorkOrderValidator()
    {
        RuleFor(command => command.TechnicianId).NotEmpty();
        RuleFor(command => command.Reason).MaximumLength(500);
    }
}

public sealed class AssignWorkOrderHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    ICurrentUser user,
    SlaPolicy sla,
    TimeProvider clock)
    : ICommandHandler<AssignWorkOrder, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(AssignWorkOrder command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        var technicianId = command.TechnicianId!.Value;
        var technician = await db.Technicians.FirstOrDefaultAsync(candidate => candidate.Id == technicianId, cancellationToken)
            ?? throw Reference.Unknown("technicianId", "technician", technicianId);
        var assignersReach = (await access.SightAsync(cancellationToken)).Teams;
        order.Assign(technician, user.UserName, assignersReach, command.Reason, sla, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
