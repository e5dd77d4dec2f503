using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.WorkOrders.TimeEntries;

/// <summary>
/// WO-9: time spent. A technician records their own time; a lead or manager may name the technician
/// (default: the order's).
/// </summary>
public sealed record AddTimeEntry(Guid? TechnicianId, DateTimeOffset? StartedAt, int Minutes, TimeEntryKind? Kind) : WorkOrderAction;

public sealed class AddTimeEntryValidator : AbstractValidator<AddTimeEntry>
{
    public AddTimeEntryValidator()
    {
        RuleFor(command => command.StartedAt).NotNull();
        RuleFor(command => command.Minutes).InclusiveBetween(1, TimeEntry.MaxMinutes);
        RuleFor(command => command.Kind).NotNull().IsInEnum();
    }
}

public sealed class AddTimeEntryHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, TimeProvider clock)
    : WorkOrderActionHandler<AddTimeEntry>(db, access, mapper)
{
    protected override async Task ApplyAsync(WorkOrder order, AddTimeEntry command, CancellationToken cancellationToken)
    {
        var technicianId = Access.RestrictedTo ?? command.TechnicianId ?? order.TechnicianId
            ?? throw Reference.Unknown("technicianId", "technician", Guid.Empty);
        if (!await Db.Technicians.AnyAsync(t => t.Id == technicianId, cancellationToken))
        {
            throw Reference.Unknown("technicianId", "technician", technicianId);
        }

        order.AddTimeEntry(technicianId, command.StartedAt!.Value, command.Minutes, command.Kind!.Value, clock);
    }
}
