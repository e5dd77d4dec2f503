using System.Runtime.CompilerServices;

namespace AfterSales.Domain.Common;

/// <summary>Guards on the values a caller supplies; each refusal names the field (<see cref="InvalidInputException"/>).</summary>
internal static class Require
{
    public static string Text(string? value, int maxLength, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidInputException(name, $"{name} is required.");
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new InvalidInputException(name, $"{name} must be at most {maxLength} characters.");
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, int maxLength, [CallerArgumentExpression(nameof(value))] string name = "") =>
        string.IsNullOrWhiteSpace(value) ? null : Text(value, maxLength, name);

    public static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string name = "")
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new InvalidInputException(name, $"{name} has an unknown value '{value}'.");

    public static int Between(int value, int min, int max, string message, [CallerArgumentExpression(nameof(value))] string name = "") =>
        value >= min && value <= max ? value : throw new InvalidInputException(name, message);
}
