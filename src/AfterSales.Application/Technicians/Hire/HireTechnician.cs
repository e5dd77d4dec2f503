using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Technicians;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Technicians.Hire;

/// <summary>TE-1: registers a technician; the employee number must be new.</summary>
public sealed record HireTechnician(
    string EmployeeNumber,
    string Name,
    string Phone,
    string Team,
    Position? Position,
    int PayLevel,
    DateOnly? HireDate,
    Guid? SupervisorId) : ICommand<TechnicianResponse>;

public sealed class HireTechnicianValidator : AbstractValidator<HireTechnician>
{
    public HireTechnicianValidator()
    {
        RuleFor(command => command.EmployeeNumber).NotEmpty().MaximumLength(20);
        RuleFor(command => command.Name).NotEmpty().MaximumLength(100);
        RuleFor(command => command.Phone).NotEmpty().MaximumLength(30);
        RuleFor(command => command.Team).NotEmpty().MaximumLength(50);
        RuleFor(command => command.Position).NotNull().IsInEnum();
        RuleFor(command => command.PayLevel).GreaterThanOrEqualTo(1);
        RuleFor(command => command.HireDate).NotNull();
    }
}

public sealed class HireTechnicianHandler(IAfterSalesDbContext db, TimeProvider clock, IMapper mapper)
    : ICommandHandler<HireTechnician, TechnicianResponse>
{
    public async ValueTask<TechnicianResponse> Handle(HireTechnician command, CancellationToken cancellationToken)
    {
        if (command.SupervisorId is { } supervisorId && !await db.Technicians.AnyAsync(t => t.Id == supervisorId, cancellationToken))
        {
            throw Reference.Unknown("supervisorId", "technician", supervisorId);
        }

        var technician = Technician.Hire(
            command.EmployeeNumber,
            command.Name,
            command.Phone,
            command.Team,
            command.Position!.Value,
            command.PayLevel,
            command.HireDate!.Value,
            command.SupervisorId,
            clock);
        db.Technicians.Add(technician);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<TechnicianResponse>(technician);
    }
}
