using AfterSales.Application.Abstractions;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Assessments.Create;

/// <summary>
/// AS-1: opens the assessment of a technician for a month (<c>2026-10</c>) with its performance part computed; a team
/// lead, for their own team only (X-4 r2).
/// </summary>
public sealed record CreateAssessment(Guid? TechnicianId, string? Month) : ICommand<AssessmentResponse>;

public sealed class CreateAssessmentValidator : AbstractValidator<CreateAssessment>
{
    public CreateAssessmentValidator()
    {
        RuleFor(command => command.TechnicianId).NotEmpty();
        RuleFor(command => command.Month).IsAssessmentMonth();
    }
}

public sealed class CreateAssessmentHandler(IAfterSalesDbContext db, AssessmentAccess access, AssessmentCalculator calculator, IMapper mapper)
    : ICommandHandler<CreateAssessment, AssessmentResponse>
{
    public async ValueTask<AssessmentResponse> Handle(CreateAssessment command, CancellationToken cancellationToken)
    {
        var creatorsReach = (await access.SightAsync(cancellationToken)).Teams;
        var assessment = await calculator.OpenAsync(command.TechnicianId!.Value, command.Month.ParsedMonth()!.Value, creatorsReach, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<AssessmentResponse>(assessment);
    }
}
