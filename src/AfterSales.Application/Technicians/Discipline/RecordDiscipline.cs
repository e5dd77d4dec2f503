using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Time;
using AfterSales.Domain.Technicians;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Technicians.Discipline;

/// <summary>TE-5: late arrival, early leave, leaving the post without approval, absence.</summary>
public sealed record RecordDiscipline(DisciplineKind? Kind, DateOnly? OccurredOn, string Note)
    : ICommand<TechnicianResponse>
{
    [JsonIgnore]
    public Guid TechnicianId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RecordDisciplineValidator : AbstractValidator<RecordDiscipline>
{
    public RecordDisciplineValidator()
    {
        RuleFor(command => command.Kind).NotNull().IsInEnum();
        RuleFor(command => command.OccurredOn).NotNull();
        RuleFor(command => command.Note).NotEmpty().MaximumLength(1000);
    }
}

public sealed class RecordDisciplineHandler(
    IAfterSalesDbContext db,
    ICurrentUser user,
    CompanyCalendar calendar,
    TimeProvider clock,
    IMapper mapper)
    : ICommandHandler<RecordDiscipline, TechnicianResponse>
{
    public async ValueTask<TechnicianResponse> Handle(RecordDiscipline command, CancellationToken cancellationToken)
    {
        var technician = await db.Technicians.LoadForChangeAsync(command.TechnicianId, command.ExpectedVersion, cancellationToken);
        technician.RecordDiscipline(command.Kind!.Value, command.OccurredOn!.Value, command.Note, user.UserName, calendar.Today, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<TechnicianResponse>(technician);
    }
}
