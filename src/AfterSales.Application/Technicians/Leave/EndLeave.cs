using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.Technicians.Leave;

/// <summary>A technician back from leave is active again and can take new work.</summary>
public sealed record EndLeave : ICommand<TechnicianResponse>
{
    [JsonIgnore]
    public Guid TechnicianId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class EndLeaveHandler(IAfterSalesDbContext db, TimeProvider clock, IMapper mapper)
    : ICommandHandler<EndLeave, TechnicianResponse>
{
    public async ValueTask<TechnicianResponse> Handle(EndLeave command, CancellationToken cancellationToken)
    {
        var technician = await db.Technicians.LoadForChangeAsync(command.TechnicianId, command.ExpectedVersion, cancellationToken);
        technician.ReturnFromLeave(clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<TechnicianResponse>(technician);
    }
}
