using AfterSales.Application.Abstractions;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Assessments.Create;

/// <summary>AS-1: opens the assessment of a technician for a month (<c>2026-10</c>) with its performance part computed.</summary>
public sealed record CreateAssessment(Guid? TechnicianId, string? Month) : ICommand<AssessmentResponse>;

public sealed class CreateAssessmentValidator : AbstractValidator<CreateAssessment>
{
    public CreateAssessmentValidator()
    {
        RuleFor(command => command.TechnicianId).NotEmpty();
        RuleFor(command => command.Month).IsAssessmentMonth();
    }
}

public sealed class CreateAssessmentHandler(IAfterSalesDbContext db, AssessmentCalculator calculator, IMapper mapper)
    : ICommandHandler<CreateAssessment, AssessmentResponse>
{
    public async ValueTask<AssessmentResponse> Handle(CreateAssessment command, CancellationToken cancellationToken)
    {
        var assessment = await calculator.OpenAsync(command.TechnicianId!.Value, command.Month.ParsedMonth()!.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<AssessmentResponse>(assessment);
    }
}
