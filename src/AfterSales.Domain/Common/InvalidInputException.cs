namespace AfterSales.Domain.Common;

/// <summary>
/// A value the caller supplied is refused (→ 400 naming <see cref="Field"/>). Validators normally catch these
/// first; the domain refuses them too, so no path can store one. A programming error stays an
/// <see cref="ArgumentException"/>, which surfaces as a logged 500.
/// </summary>
public sealed class InvalidInputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
