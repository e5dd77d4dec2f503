using System.Runtime.CompilerServices;

namespace AfterSales.Domain.Common;

/// <summary>Argument guards for factories; input validators normally catch these first.</summary>
internal static class Require
{
    public static string Text(string? value, int maxLength, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} is required.", name);
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new ArgumentException($"{name} must be at most {maxLength} characters.", name);
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, int maxLength, [CallerArgumentExpression(nameof(value))] string name = "") =>
        string.IsNullOrWhiteSpace(value) ? null : Text(value, maxLength, name);

    public static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string name = "")
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentException($"{name} has an unknown value '{value}'.", name);
}
