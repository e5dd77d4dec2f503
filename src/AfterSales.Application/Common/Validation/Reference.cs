using FluentValidation;
using FluentValidation.Results;

namespace AfterSales.Application.Common.Validation;

/// <summary>A request names something that does not exist: bad input (400), not a missing resource (404).</summary>
public static class Reference
{
    public static ValidationException Unknown(string field, string what, Guid id) =>
        new([new ValidationFailure(field, $"No {what} with id {id} exists.")]);

    /// <summary>By a readable key: <c>Unknown("employeeNumber", "technician with employee number", "T-0099")</c>.</summary>
    public static ValidationException Unknown(string field, string what, string key) =>
        new([new ValidationFailure(field, $"No {what} {key} exists.")]);
}
