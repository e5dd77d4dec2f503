using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Technicians.Property;

/// <summary>TE-4: the item came back, or (<see cref="Lost"/>) it never will and its original price is owed.</summary>
public sealed record ReturnProperty(DateOnly? On, bool Lost) : ICommand<TechnicianResponse>
{
    [JsonIgnore]
    public Guid TechnicianId { get; init; }

    [JsonIgnore]
    public Guid ItemId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ReturnPropertyValidator : AbstractValidator<ReturnProperty>
{
    public ReturnPropertyValidator() => RuleFor(command => command.On).NotNull();
}

public sealed class ReturnPropertyHandler(IAfterSalesDbContext db, TimeProvider clock, IMapper mapper)
    : ICommandHandler<ReturnProperty, TechnicianResponse>
{
    public async ValueTask<TechnicianResponse> Handle(ReturnProperty command, CancellationToken cancellationToken)
    {
        var technician = await db.Technicians.LoadForChangeAsync(command.TechnicianId, command.ExpectedVersion, cancellationToken);
        if (command.Lost)
        {
            technician.ReportPropertyLost(command.ItemId, command.On!.Value, clock);
        }
        else
        {
            technician.ReturnProperty(command.ItemId, command.On!.Value, clock);
        }

        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<TechnicianResponse>(technician);
    }
}
