using System.Globalization;
using AfterSales.Application.Pricing.Import;
using AfterSales.Domain.Files;
using MiniExcelLibs;

namespace AfterSales.Api.PriceLists;

/// <summary>
/// PR-1: reads an uploaded XLSX into the rows the import checks, every cell as the text a person would read in it,
/// so that numbers, flags and dates are judged in one place whether Excel stored them typed or as text.
/// </summary>
internal static class PriceListWorkbookReader
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Every XLSX is a ZIP archive, which starts with these bytes.</summary>
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The request's body, the workbook itself, read up to <paramref name="maxBytes"/>; a larger one is refused whole.</summary>
    public static async Task<PriceListWorkbook> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.ContentType, MediaType, StringComparison.OrdinalIgnoreCase))
        {
            throw NotAWorkbook();
        }

        using var stream = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (stream.Length + read > maxBytes)
            {
                throw new FileTooLargeException($"The workbook has more than {maxBytes} bytes; at most {maxBytes} are accepted.");
            }

            stream.Write(buffer, 0, read);
        }

        if (!stream.GetBuffer().AsSpan(0, (int)stream.Length).StartsWith(ZipSignature))
        {
            throw NotAWorkbook();
        }

        try
        {
            stream.Position = 0;
            var sheets = MiniExcel.GetSheetNames(stream);
            return new PriceListWorkbook(Sheet(stream, sheets, PriceListWorkbook.PartsSheet), Sheet(stream, sheets, PriceListWorkbook.LabourRatesSheet));
        }
        catch (Exception exception) when (exception is InvalidDataException or InvalidOperationException or KeyNotFoundException or System.Xml.XmlException)
        {
            throw NotAWorkbook();
        }
    }

    private static UnsupportedFileTypeException NotAWorkbook() =>
        new("The file is not an Excel workbook (.xlsx); download the template from /api/v1/price-list/import/template.");

    private static PriceListSheet? Sheet(MemoryStream stream, List<string> sheets, string name)
    {
        if (!sheets.Contains(name, StringComparer.Ordinal))
        {
            return null;
        }

        stream.Position = 0;
        // Without a header row the keys are column letters and every row, blank ones included, keeps its place, so the
        // row numbers reported are the ones Excel shows.
        var rows = MiniExcel.Query(stream, useHeaderRow: false, sheetName: name).Cast<IDictionary<string, object?>>().ToList();
        if (rows.Count == 0)
        {
            return new PriceListSheet([], []);
        }

        var headers = rows[0]
            .Where(cell => Text(cell.Value) is { Length: > 0 })
            .ToDictionary(cell => cell.Key, cell => Text(cell.Value)!, StringComparer.Ordinal);
        var data = rows
            .Select((row, index) => new PriceListSheetRow(
                index + 1,
                headers.ToDictionary(header => header.Value, header => Text(row.TryGetValue(header.Key, out var value) ? value : null), StringComparer.Ordinal)))
            .Skip(1)
            .Where(row => row.Cells.Values.Any(cell => !string.IsNullOrWhiteSpace(cell)))
            .ToList();
        return new PriceListSheet([.. headers.Values], data);
    }

    /// <summary>A cell as text: numbers in invariant form (49.9), dates as yyyy-MM-dd, Excel's booleans as true/false.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text.Trim(),
        DateTime moment when moment.TimeOfDay == TimeSpan.Zero => moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        double number => ((decimal)number).ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>The columns the import reads, with one example row per sheet: what Admin fills in.</summary>
    public static byte[] Template(DateOnly firstDay)
    {
        var day = firstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sheets = new Dictionary<string, object>
        {
            [PriceListWorkbook.PartsSheet] = new[]
            {
                new Dictionary<string, object>
                {
                    ["PartNumber"] = "HX-V200", ["Name"] = "Intake valve", ["UnitPrice"] = 480.00m, ["ProductLine"] = "Compressors",
                    ["HasRecoveryValue"] = "yes", ["EffectiveFrom"] = day,
                },
            },
            [PriceListWorkbook.LabourRatesSheet] = new[]
            {
                new Dictionary<string, object> { ["Service"] = "OnSiteRepair", ["Name"] = "On-site repair", ["PerHour"] = 120.00m, ["EffectiveFrom"] = day },
            },
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets);
        return stream.ToArray();
    }
}
