using AfterSales.Domain.Assessments;
using FluentValidation;

namespace AfterSales.Application.Assessments;

public static class AssessmentMonthValidation
{
    /// <summary>A month written <c>yyyy-MM</c> (AS-1), as the API speaks it.</summary>
    public static IRuleBuilderOptions<T, string?> IsAssessmentMonth<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Must(text => AssessmentMonth.TryParse(text, out _)).WithMessage("'{PropertyName}' must be a month written yyyy-MM, e.g. 2026-10.");

    /// <summary>The month of a text the validator has accepted (or of an optional filter left empty).</summary>
    public static AssessmentMonth? ParsedMonth(this string? text) => AssessmentMonth.TryParse(text, out var month) ? month : null;
}
