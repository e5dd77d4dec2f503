using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.WorkOrders.Assign;

/// <summary>WO-2: dispatch to an active technician (TE-2); a reassignment says why.</summary>
public sealed record AssignWorkOrder(Guid? TechnicianId, string? Reason) : WorkOrderAction;

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
    IMapper mapper,
    ICurrentUser user,
    SlaPolicy sla,
    TimeProvider clock)
    : WorkOrderActionHandler<AssignWorkOrder>(db, access, mapper)
{
    protected override async Task ApplyAsync(WorkOrder order, AssignWorkOrder command, CancellationToken cancellationToken)
    {
        var technicianId = command.TechnicianId!.Value;
        var technician = await Db.Technicians.FirstOrDefaultAsync(t => t.Id == technicianId, cancellationToken)
            ?? throw Reference.Unknown("technicianId", "technician", technicianId);
        order.Assign(technician, user.UserName, command.Reason, sla, clock);
    }
}
