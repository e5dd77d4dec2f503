using AfterSales.Application.Assessments;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Reports.Grades;

/// <summary>AS-8: the grade report of a month (<c>2026-10</c>) or of a calendar year (<c>2026</c>); exactly one is given.</summary>
public sealed record GetGradeReport(string? Month, int? Year) : IQuery<GradeReport>;

/// <summary>The report asked for: <see cref="Monthly"/> for a month, <see cref="Annual"/> for a year.</summary>
public sealed record GradeReport(MonthlyGradeReport? Monthly, AnnualGradeReport? Annual);

public sealed class GetGradeReportValidator : AbstractValidator<GetGradeReport>
{
    public GetGradeReportValidator()
    {
        RuleFor(query => query.Month)
            .Must((query, month) => (month is null) != (query.Year is null))
            .WithMessage("Give either month (yyyy-MM) or year (yyyy).");
        RuleFor(query => query.Month).IsAssessmentMonth().When(query => query.Month is not null);
        RuleFor(query => query.Year).InclusiveBetween(1, 9998);
    }
}

public sealed class GetGradeReportHandler(MonthlyGradeReports monthly, AnnualGradeReports annual) : IQueryHandler<GetGradeReport, GradeReport>
{
    public async ValueTask<GradeReport> Handle(GetGradeReport query, CancellationToken cancellationToken) =>
        query.Month.ParsedMonth() is { } month
            ? new GradeReport(await monthly.ReadAsync(month, cancellationToken), null)
            : new GradeReport(null, await annual.ReadAsync(query.Year!.Value, cancellationToken));
}
