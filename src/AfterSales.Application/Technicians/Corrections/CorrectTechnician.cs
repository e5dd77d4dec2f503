using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Patching;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Technicians;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Technicians.Corrections;

/// <summary>
/// TE-1 (r2): a merge patch of a technician's name, phone, pay level or supervisor (null: none). Team and status
/// (TE-3), employee number, position and hire date (TE-1) are never corrected: naming one refuses the patch with 409.
/// </summary>
public sealed record CorrectTechnician : MergePatch, ICommand<TechnicianResponse>
{
    public string? Name { get; init; }

    public string? Phone { get; init; }

    public int? PayLevel { get; init; }

    public Guid? SupervisorId { get; init; }

    /// <summary>Changes only through a handover (TE-3).</summary>
    public string? Team { get; init; }

    /// <summary>Changes only through leave or a handover (TE-3).</summary>
    public TechnicianStatus? Status { get; init; }

    public string? EmployeeNumber { get; init; }

    public Position? Position { get; init; }

    public DateOnly? HireDate { get; init; }

    [JsonIgnore]
    public Guid TechnicianId { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }

    public TechnicianCorrection Correction() => new(
        ChangeOf(nameof(Name), Name),
        ChangeOf(nameof(Phone), Phone),
        ChangeOf(nameof(PayLevel), PayLevel),
        ChangeOf(nameof(SupervisorId), SupervisorId),
        ChangeOf(nameof(Team), Team),
        ChangeOf(nameof(Status), Status),
        ChangeOf(nameof(EmployeeNumber), EmployeeNumber),
        ChangeOf(nameof(Position), Position),
        ChangeOf(nameof(HireDate), HireDate));
}

public sealed class CorrectTechnicianValidator : AbstractValidator<CorrectTechnician>
{
    public CorrectTechnicianValidator()
    {
        RuleFor(command => command.Name).NotEmpty().MaximumLength(100).When(command => command.Names(nameof(CorrectTechnician.Name)));
        RuleFor(command => command.Phone).NotEmpty().MaximumLength(30).When(command => command.Names(nameof(CorrectTechnician.Phone)));
        RuleFor(command => command.PayLevel).NotNull().GreaterThanOrEqualTo(1).When(command => command.Names(nameof(CorrectTechnician.PayLevel)));
        RuleFor(command => command.SupervisorId).NotEqual(command => command.TechnicianId).WithMessage("A technician cannot be their own supervisor.");
    }
}

public sealed class CorrectTechnicianHandler(IAfterSalesDbContext db, TimeProvider clock, IMapper mapper)
    : ICommandHandler<CorrectTechnician, TechnicianResponse>
{
    public async ValueTask<TechnicianResponse> Handle(CorrectTechnician command, CancellationToken cancellationToken)
    {
        var technician = await db.Technicians.LoadForChangeAsync(command.TechnicianId, command.ExpectedVersion, cancellationToken);
        if (command.SupervisorId is { } supervisorId && !await db.Technicians.AnyAsync(t => t.Id == supervisorId, cancellationToken))
        {
            throw Reference.Unknown("supervisorId", "technician", supervisorId);
        }

        technician.Correct(command.Correction(), clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<TechnicianResponse>(technician);
    }
}
