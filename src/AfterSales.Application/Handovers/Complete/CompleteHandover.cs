using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Time;
using AutoMapper;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Handovers.Complete;

/// <summary>HC-5: everything is handed over at once, in the command's one transaction; the leaver departs or transfers.</summary>
public sealed record CompleteHandover : ICommand<HandoverChecklistResponse>
{
    [JsonIgnore]
    public Guid HandoverId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class CompleteHandoverHandler(
    IAfterSalesDbContext db,
    HandoverAccess access,
    IMapper mapper,
    ICurrentUser user,
    CompanyCalendar calendar,
    TimeProvider clock)
    : ICommandHandler<CompleteHandover, HandoverChecklistResponse>
{
    public async ValueTask<HandoverChecklistResponse> Handle(CompleteHandover command, CancellationToken cancellationToken)
    {
        var checklist = await db.HandoverChecklists.LoadForChangeAsync(command.HandoverId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        var technicianIds = checklist.Items.Select(item => item.NewTechnicianId).OfType<Guid>().Append(checklist.TechnicianId).ToList();
        var technicians = await db.Technicians.Where(technician => technicianIds.Contains(technician.Id)).ToListAsync(cancellationToken);
        var leaver = technicians.Single(technician => technician.Id == checklist.TechnicianId);
        checklist.Complete(leaver, technicians, await db.ReferencedByAsync(checklist.Items, cancellationToken), calendar.Today, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<HandoverChecklistResponse>(checklist);
    }
}
