using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.WorkOrders.TimeEntries;

/// <summary>
/// WO-9: time spent. A technician records their own time; a lead or manager may name the technician
/// (default: the order's). <see cref="At"/> is when it was recorded in the field (WO-16; default now).
/// </summary>
public sealed record AddTimeEntry(Guid? TechnicianId, DateTimeOffset? StartedAt, int Minutes, TimeEntryKind? Kind, DateTimeOffset? At) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class AddTimeEntryValidator : AbstractValidator<AddTimeEntry>
{
    public AddTimeEntryValidator(TimeProvider clock, IOptions<SlaOptions> sla)
    {
        RuleFor(command => command.At).IsFieldTime(clock, sla);
        RuleFor(command => command.StartedAt).NotNull();
        RuleFor(command => command.Minutes).InclusiveBetween(1, TimeEntry.MaxMinutes);
        RuleFor(command => command.Kind).NotNull().IsInEnum();
    }
}

public sealed class AddTimeEntryHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    TimeProvider clock)
    : ICommandHandler<AddTimeEntry, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(AddTimeEntry command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        var named = (await access.SightAsync(cancellationToken)).OnlyOwn ?? command.TechnicianId;
        if (named is { } technicianId && !await db.Technicians.AnyAsync(technician => technician.Id == technicianId, cancellationToken))
        {
            throw Reference.Unknown("technicianId", "technician", technicianId);
        }

        order.AddTimeEntry(named, command.StartedAt!.Value, command.Minutes, command.Kind!.Value, clock, command.At);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
