using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.Technicians.Leave;

/// <summary>An active technician goes on leave; TE-2 then keeps new work away from them.</summary>
public sealed record StartLeave : ICommand<TechnicianResponse>
{
    [JsonIgnore]
    public Guid TechnicianId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class StartLeaveHandler(IAfterSalesDbContext db, TimeProvider clock, IMapper mapper)
    : ICommandHandler<StartLeave, TechnicianResponse>
{
    public async ValueTask<TechnicianResponse> Handle(StartLeave command, CancellationToken cancellationToken)
    {
        var technician = await db.Technicians.LoadForChangeAsync(command.TechnicianId, command.ExpectedVersion, cancellationToken);
        technician.GoOnLeave(clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<TechnicianResponse>(technician);
    }
}
