using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Validation;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Customers.Responsibility;

/// <summary>Puts a customer in another technician's care; TE-2 refuses anyone who is not active.</summary>
public sealed record AssignResponsibleTechnician(Guid? TechnicianId) : ICommand<CustomerResponse>
{
    [JsonIgnore]
    public Guid CustomerId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class AssignResponsibleTechnicianValidator : AbstractValidator<AssignResponsibleTechnician>
{
    public AssignResponsibleTechnicianValidator() => RuleFor(command => command.TechnicianId).NotEmpty();
}

public sealed class AssignResponsibleTechnicianHandler(IAfterSalesDbContext db, TimeProvider clock, IMapper mapper)
    : ICommandHandler<AssignResponsibleTechnician, CustomerResponse>
{
    public async ValueTask<CustomerResponse> Handle(AssignResponsibleTechnician command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.LoadForChangeAsync(command.CustomerId, command.ExpectedVersion, cancellationToken);
        var technicianId = command.TechnicianId!.Value;
        var technician = await db.Technicians.FirstOrDefaultAsync(t => t.Id == technicianId, cancellationToken)
            ?? throw Reference.Unknown("technicianId", "technician", technicianId);
        customer.AssignResponsibleTechnician(technician, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<CustomerResponse>(customer);
    }
}
