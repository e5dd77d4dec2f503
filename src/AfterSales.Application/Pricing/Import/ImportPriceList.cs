using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Time;
using AfterSales.Domain.Pricing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Pricing.Import;

/// <summary>
/// PR-1: an Admin imports price-list lines from a workbook. Every row is checked; when any fails, every error is reported
/// and nothing is stored. A clean workbook is stored whole, in one transaction, unless <see cref="DryRun"/> only checks it.
/// </summary>
public sealed record ImportPriceList : ICommand<PriceListImportResult>
{
    [JsonIgnore]
    public required PriceListWorkbook Workbook { get; init; }

    [JsonIgnore]
    public bool DryRun { get; init; }
}

/// <summary>How many lines the workbook holds; <see cref="Stored"/> is false for a dry run.</summary>
public sealed record PriceListImportResult(int PartPrices, int LabourRates, bool Stored);

public sealed class ImportPriceListHandler(IAfterSalesDbContext db, ICurrentUser user, CompanyCalendar calendar, TimeProvider clock)
    : ICommandHandler<ImportPriceList, PriceListImportResult>
{
    private static readonly string[] PartColumns = ["PartNumber", "Name", "UnitPrice", "ProductLine", "HasRecoveryValue", "EffectiveFrom"];
    private static readonly string[] LabourRateColumns = ["Service", "Name", "PerHour", "EffectiveFrom"];

    public async ValueTask<PriceListImportResult> Handle(ImportPriceList command, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var errors = new List<PriceListImportError>();
        var workbook = command.Workbook;
        if (workbook.Parts is null && workbook.LabourRates is null)
        {
            errors.Add(new PriceListImportError(PriceListWorkbook.PartsSheet, 1, null, $"the workbook has neither a '{PriceListWorkbook.PartsSheet}' nor a '{PriceListWorkbook.LabourRatesSheet}' sheet"));
        }

        var parts = ReadParts(workbook.Parts, today, errors);
        var rates = ReadLabourRates(workbook.LabourRates, today, errors);
        await ReportClashesAsync(parts, rates, errors, cancellationToken);
        if (errors.Count > 0)
        {
            throw new PriceListImportRejectedException([.. errors.OrderBy(error => error.Sheet, StringComparer.Ordinal).ThenBy(error => error.Row)]);
        }

        if (!command.DryRun)
        {
            db.PartPrices.AddRange(parts.Select(line => PartPrice.Schedule(
                line.PartNumber, line.Name, line.UnitPrice, line.ProductLine, line.HasRecoveryValue, line.EffectiveFrom, today, user.UserName, clock)));
            db.LabourRates.AddRange(rates.Select(line => LabourRate.Schedule(line.Service, line.Name, line.PerHour, line.EffectiveFrom, today, user.UserName, clock)));
            await db.SaveChangesAsync(cancellationToken);
        }

        return new PriceListImportResult(parts.Count, rates.Count, !command.DryRun);
    }

    private static List<PartLine> ReadParts(PriceListSheet? sheet, DateOnly today, List<PriceListImportError> errors)
    {
        var lines = new List<PartLine>();
        foreach (var row in Rows(PriceListWorkbook.PartsSheet, sheet, PartColumns, today, errors))
        {
            var before = row.ErrorCount;
            var partNumber = row.Text("PartNumber", PartPrice.PartNumberMaxLength);
            var name = row.Text("Name", PartPrice.NameMaxLength);
            var unitPrice = row.Money("UnitPrice");
            var productLine = row.Text("ProductLine", PartPrice.ProductLineMaxLength);
            var hasRecoveryValue = row.Flag("HasRecoveryValue");
            var effectiveFrom = row.Day("EffectiveFrom");
            if (row.ErrorCount == before)
            {
                lines.Add(new PartLine(row, partNumber!, name!, unitPrice!.Value, productLine!, hasRecoveryValue!.Value, effectiveFrom!.Value));
            }
        }

        ReportDuplicates(lines, line => line.PartNumber, "PartNumber", "part");
        return lines;
    }

    private static List<LabourRateLine> ReadLabourRates(PriceListSheet? sheet, DateOnly today, List<PriceListImportError> errors)
    {
        var lines = new List<LabourRateLine>();
        foreach (var row in Rows(PriceListWorkbook.LabourRatesSheet, sheet, LabourRateColumns, today, errors))
        {
            var before = row.ErrorCount;
            var service = row.Text("Service", LabourRate.ServiceMaxLength);
            var name = row.Text("Name", LabourRate.NameMaxLength);
            var perHour = row.Money("PerHour");
            var effectiveFrom = row.Day("EffectiveFrom");
            if (row.ErrorCount == before)
            {
                lines.Add(new LabourRateLine(row, service!, name!, perHour!.Value, effectiveFrom!.Value));
            }
        }

        ReportDuplicates(lines, line => line.Service, "Service", "service");
        return lines;
    }

    /// <summary>The rows of a sheet that has all its columns; a missing column is one error for the sheet, not one per row.</summary>
    private static IEnumerable<PriceListImportRow> Rows(string name, PriceListSheet? sheet, string[] columns, DateOnly today, List<PriceListImportError> errors)
    {
        if (sheet is null)
        {
            return [];
        }

        var missing = columns.Where(column => !sheet.Columns.Contains(column, StringComparer.Ordinal)).ToList();
        errors.AddRange(missing.Select(column => new PriceListImportError(name, 1, column, "the header row has no such column")));
        return missing.Count > 0 ? [] : sheet.Rows.Select(row => new PriceListImportRow(name, row, today, errors));
    }

    /// <summary>PR-1: one price per part (or service) and day, inside the file as in the database.</summary>
    private static void ReportDuplicates<TLine>(List<TLine> lines, Func<TLine, string> key, string column, string what)
        where TLine : IPriceListLine
    {
        var first = new Dictionary<(string, DateOnly), int>();
        foreach (var line in lines)
        {
            var day = (key(line).ToUpperInvariant(), line.EffectiveFrom);
            if (!first.TryAdd(day, line.Row.Number))
            {
                line.Row.Fail(column, $"the {what} {key(line)} already has a price from {line.EffectiveFrom:yyyy-MM-dd} on row {first[day]}");
            }
        }
    }

    private async Task ReportClashesAsync(List<PartLine> parts, List<LabourRateLine> rates, List<PriceListImportError> errors, CancellationToken cancellationToken)
    {
        var partNumbers = parts.Select(line => line.PartNumber).Distinct().ToList();
        var storedParts = (await db.PartPrices.AsNoTracking()
                .Where(price => partNumbers.Contains(price.PartNumber))
                .Select(price => new { price.PartNumber, price.EffectiveFrom })
                .ToListAsync(cancellationToken))
            .Select(price => (price.PartNumber.ToUpperInvariant(), price.EffectiveFrom))
            .ToHashSet();
        foreach (var line in parts.Where(line => storedParts.Contains((line.PartNumber.ToUpperInvariant(), line.EffectiveFrom))))
        {
            line.Row.Fail("EffectiveFrom", $"the part {line.PartNumber} already has a price from {line.EffectiveFrom:yyyy-MM-dd} on the price list");
        }

        var services = rates.Select(line => line.Service).Distinct().ToList();
        var storedRates = (await db.LabourRates.AsNoTracking()
                .Where(rate => services.Contains(rate.Service))
                .Select(rate => new { rate.Service, rate.EffectiveFrom })
                .ToListAsync(cancellationToken))
            .Select(rate => (rate.Service.ToUpperInvariant(), rate.EffectiveFrom))
            .ToHashSet();
        foreach (var line in rates.Where(line => storedRates.Contains((line.Service.ToUpperInvariant(), line.EffectiveFrom))))
        {
            line.Row.Fail("EffectiveFrom", $"the service {line.Service} already has a rate from {line.EffectiveFrom:yyyy-MM-dd} on the price list");
        }
    }

    private interface IPriceListLine
    {
        PriceListImportRow Row { get; }

        DateOnly EffectiveFrom { get; }
    }

    private sealed record PartLine(PriceListImportRow Row, string PartNumber, string Name, decimal UnitPrice, string ProductLine, bool HasRecoveryValue, DateOnly EffectiveFrom)
        : IPriceListLine;

    private sealed record LabourRateLine(PriceListImportRow Row, string Service, string Name, decimal PerHour, DateOnly EffectiveFrom)
        : IPriceListLine;
}
