using System.Globalization;
using AfterSales.Domain.Pricing;

namespace AfterSales.Application.Pricing.Import;

/// <summary>
/// Reads one row's cells, noting what is wrong with each in the import's error list and giving null for it, so a row
/// reports all its faults at once rather than the first.
/// </summary>
internal sealed class PriceListImportRow(string sheet, PriceListSheetRow row, DateOnly today, List<PriceListImportError> errors)
{
    // People type yes/no in either language; Excel's own TRUE/FALSE arrive as true/false.
    private static readonly Dictionary<string, bool> Flags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yes"] = true,
        ["true"] = true,
        ["是"] = true,
        ["no"] = false,
        ["false"] = false,
        ["否"] = false,
    };

    public int Number => row.RowNumber;

    public int ErrorCount => errors.Count;

    public string? Text(string column, int maxLength)
    {
        if (Required(column) is not { } text)
        {
            return null;
        }

        return text.Length <= maxLength ? text : Fail<string?>(column, $"at most {maxLength} characters; this has {text.Length}");
    }

    /// <summary>Money as API.md has it: not negative, at most two decimal places, within numeric(12,2).</summary>
    public decimal? Money(string column)
    {
        if (Required(column) is not { } text)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return Fail<decimal?>(column, $"'{text}' is not a number");
        }

        if (amount < 0)
        {
            return Fail<decimal?>(column, "cannot be negative");
        }

        if (decimal.Round(amount, 2) != amount)
        {
            return Fail<decimal?>(column, $"'{text}' has more than two decimal places");
        }

        return amount < 10_000_000_000m ? amount : Fail<decimal?>(column, "is too large");
    }

    public bool? Flag(string column)
    {
        if (Required(column) is not { } text)
        {
            return null;
        }

        return Flags.TryGetValue(text, out var flag) ? flag : Fail<bool?>(column, $"'{text}' is not yes/no, true/false or 是/否");
    }

    /// <summary>A company day (yyyy-MM-dd), today or later (<see cref="PriceListRules"/>).</summary>
    public DateOnly? Day(string column)
    {
        if (Required(column) is not { } text)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Fail<DateOnly?>(column, $"'{text}' is not a date (yyyy-MM-dd)");
        }

        return PriceListRules.IsBackDated(day, today) ? Fail<DateOnly?>(column, PriceListRules.BackDated(day, today)) : day;
    }

    public void Fail(string? column, string message) => errors.Add(new PriceListImportError(sheet, row.RowNumber, column, message));

    private string? Required(string column)
    {
        var text = row.Cells.GetValueOrDefault(column)?.Trim();
        return string.IsNullOrEmpty(text) ? Fail<string?>(column, "is required") : text;
    }

    private T Fail<T>(string column, string message)
    {
        Fail(column, message);
        return default!;
    }
}
