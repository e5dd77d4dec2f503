using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.WorkOrders.TimeEntries;

/// <summary>WO-9: time spent; by default the caller's own, else the named technician's (a lead recording for the team).</summary>
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

public sealed class AddTimeEntryHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, ICurrentUser user, TimeProvider clock)
    : WorkOrderActionHandler<AddTimeEntry>(db, access, mapper)
{
    protected override async Task ApplyAsync(WorkOrder order, AddTimeEntry command, CancellationToken cancellationToken)
    {
        var technicianId = command.TechnicianId ?? user.TechnicianId ?? order.TechnicianId
            ?? throw Reference.Unknown("technicianId", "technician", Guid.Empty);
        if (!await Db.Technicians.AnyAsync(t => t.Id == technicianId, cancellationToken))
        {
            throw Reference.Unknown("technicianId", "technician", technicianId);
        }

        order.AddTimeEntry(technicianId, command.StartedAt!.Value, command.Minutes, command.Kind!.Value, clock);
    }
}
