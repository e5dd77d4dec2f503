namespace AfterSales.Application.Pricing.Import;

/// <summary>
/// PR-1: an imported workbook as the API read it, cells as text so that every check is made here: the sheets
/// <see cref="Parts"/> and <see cref="LabourRates"/> (null when the workbook has no such sheet).
/// </summary>
public sealed record PriceListWorkbook(PriceListSheet? Parts, PriceListSheet? LabourRates)
{
    public const string PartsSheet = "Parts";
    public const string LabourRatesSheet = "LabourRates";
}

/// <summary>A sheet: the headers of its first row, and the rows below it that have anything in them.</summary>
public sealed record PriceListSheet(IReadOnlyList<string> Columns, IReadOnlyList<PriceListSheetRow> Rows);

/// <summary>One row, numbered as Excel shows it, with its cells by column header (a blank cell is absent or null).</summary>
public sealed record PriceListSheetRow(int RowNumber, IReadOnlyDictionary<string, string?> Cells);

/// <summary>One thing wrong with an imported workbook: where (sheet, Excel row, column header) and what.</summary>
public sealed record PriceListImportError(string Sheet, int Row, string? Column, string Message);

/// <summary>PR-1: the workbook had errors, all of them listed; nothing of it was stored (→ 422).</summary>
public sealed class PriceListImportRejectedException(IReadOnlyList<PriceListImportError> errors)
    : Exception($"PR-1: the price list was not imported: {errors.Count} error(s) to correct in the workbook")
{
    public IReadOnlyList<PriceListImportError> Errors { get; } = errors;
}
