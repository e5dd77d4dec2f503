using FluentValidation;
using FluentValidation.Results;
using Microsoft.Net.Http.Headers;

namespace AfterSales.Api.Reports;

internal enum ReportFormat
{
    Json,
    Csv,
    Xlsx,
}

/// <summary>Which form of a report the client asked for: <c>?format=</c> first (a link in a browser cannot set headers), then <c>Accept</c>.</summary>
internal static class ReportFormats
{
    public const string Json = "application/json";
    public const string Csv = "text/csv";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly Dictionary<string, ReportFormat> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = ReportFormat.Json,
        ["csv"] = ReportFormat.Csv,
        ["xlsx"] = ReportFormat.Xlsx,
    };

    // JSON first, so "*/*" (and no Accept at all) is answered with JSON.
    private static readonly (MediaTypeHeaderValue MediaType, ReportFormat Format)[] ByMediaType =
    [
        (new MediaTypeHeaderValue(Json), ReportFormat.Json),
        (new MediaTypeHeaderValue(Csv), ReportFormat.Csv),
        (new MediaTypeHeaderValue(Xlsx), ReportFormat.Xlsx),
    ];

    /// <summary>The format to answer in, or null when the client accepts none of them (406).</summary>
    public static ReportFormat? Choose(string? format, HttpRequest request)
    {
        if (format is not null)
        {
            return ByName.TryGetValue(format, out var named)
                ? named
                : throw new ValidationException([new ValidationFailure("format", "The format is json, csv or xlsx.")]);
        }

        var accepted = request.GetTypedHeaders().Accept;
        if (accepted.Count == 0)
        {
            return ReportFormat.Json;
        }

        // OrderByDescending is stable: among equal qualities the client's order decides.
        return accepted
            .Where(range => range.Quality is not 0)
            .OrderByDescending(range => range.Quality ?? 1)
            .SelectMany(range => ByMediaType.Where(offered => offered.MediaType.IsSubsetOf(range)))
            .Select(offered => (ReportFormat?)offered.Format)
            .FirstOrDefault();
    }
}
