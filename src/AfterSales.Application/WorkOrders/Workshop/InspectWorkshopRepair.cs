using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.Workshop;

/// <summary>WO-10 (r2): the team lead's inspection of the repaired item before its return; a failed one says what is still wrong.</summary>
public sealed record InspectWorkshopRepair(bool Passed, string? Note) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class InspectWorkshopRepairValidator : AbstractValidator<InspectWorkshopRepair>
{
    public InspectWorkshopRepairValidator()
    {
        RuleFor(command => command.Note).MaximumLength(1000);
        RuleFor(command => command.Note).NotEmpty().When(command => !command.Passed).WithMessage("A failed inspection says what is still wrong.");
    }
}

public sealed class InspectWorkshopRepairHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    ICurrentUser caller,
    TimeProvider clock)
    : ICommandHandler<InspectWorkshopRepair, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(InspectWorkshopRepair command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.InspectWorkshopRepair(command.Passed, command.Note, caller.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
