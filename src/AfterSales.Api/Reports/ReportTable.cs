using System.Data;
using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace AfterSales.Api.Reports;

/// <summary>One column of a report as a table: its header, and its value for a row (text, a whole number or a decimal).</summary>
internal sealed record ReportColumn<TRow>(string Header, Type Type, Func<TRow, object> Value);

internal static class ReportColumn
{
    public static ReportColumn<TRow> Text<TRow>(string header, Func<TRow, string> value) => new(header, typeof(string), row => value(row));

    public static ReportColumn<TRow> Number<TRow>(string header, Func<TRow, int> value) => new(header, typeof(int), row => value(row));

    public static ReportColumn<TRow> Number<TRow>(string header, Func<TRow, decimal> value) => new(header, typeof(decimal), row => value(row));
}

/// <summary>Writes a report's rows as CSV or XLSX from one column definition, so both always carry the same columns.</summary>
internal static class ReportTable
{
    /// <summary>Cells starting with these would be run as formulas when the CSV is opened in a spreadsheet.</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// RFC 4180 CSV, UTF-8 with a byte-order mark so that Excel reads Chinese names correctly, CRLF line ends,
    /// numbers in invariant form (87.50).
    /// </summary>
    public static byte[] ToCsv<TRow>(IReadOnlyList<ReportColumn<TRow>> columns, IEnumerable<TRow> rows)
    {
        var text = new StringBuilder();
        AppendLine(text, columns.Select(column => Quoted(column.Header)));
        foreach (var row in rows)
        {
            AppendLine(text, columns.Select(column => Cell(column.Value(row))));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>One sheet with a header row and typed cells; an empty report still has its headers.</summary>
    public static byte[] ToXlsx<TRow>(IReadOnlyList<ReportColumn<TRow>> columns, IEnumerable<TRow> rows, string sheetName)
    {
        using var table = new DataTable(sheetName) { Locale = CultureInfo.InvariantCulture };
        foreach (var column in columns)
        {
            table.Columns.Add(column.Header, column.Type);
        }

        foreach (var row in rows)
        {
            table.Rows.Add([.. columns.Select(column => column.Value(row))]);
        }

        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, table, sheetName: sheetName);
        return stream.ToArray();
    }

    private static void AppendLine(StringBuilder text, IEnumerable<string> cells) => text.AppendJoin(',', cells).Append("\r\n");

    private static string Cell(object value) => value switch
    {
        string words => Quoted(words.Length > 0 && FormulaStarts.Contains(words[0]) ? "'" + words : words),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => Quoted(value.ToString() ?? string.Empty),
    };

    private static string Quoted(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
