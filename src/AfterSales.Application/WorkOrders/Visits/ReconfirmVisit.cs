using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Visits;

/// <summary>WO-20 (r2): the technician reconfirmed the current visit window with the customer, at <see cref="At"/> (WO-16; default now).</summary>
public sealed record ReconfirmVisit(DateTimeOffset? At) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ReconfirmVisitValidator : AbstractValidator<ReconfirmVisit>
{
    public ReconfirmVisitValidator(TimeProvider clock, IOptions<SlaOptions> sla) => RuleFor(command => command.At).IsFieldTime(clock, sla);
}

public sealed class ReconfirmVisitHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    TimeProvider clock)
    : ICommandHandler<ReconfirmVisit, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(ReconfirmVisit command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.ReconfirmVisit(clock, command.At);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
