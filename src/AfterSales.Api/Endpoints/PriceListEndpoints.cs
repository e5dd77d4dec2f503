using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Api.PriceLists;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Files;
using AfterSales.Application.Pricing;
using AfterSales.Application.Pricing.Import;
using AfterSales.Application.Pricing.ListLabourRates;
using AfterSales.Application.Pricing.ListParts;
using AfterSales.Application.Pricing.PartHistory;
using AfterSales.Application.Pricing.SetLabourRate;
using AfterSales.Application.Pricing.SetPartPrice;
using AfterSales.Application.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace AfterSales.Api.Endpoints;

/// <summary>PR-1: Finance's price list of parts and labour rates, each line in force from a day on.</summary>
internal static class PriceListEndpoints
{
    public static void MapPriceList(this RouteGroupBuilder api)
    {
        var prices = api.MapGroup("/price-list").WithTags("Price list");

        prices.MapPost("/parts", async Task<Created<PartPriceResponse>> (SetPartPrice command, ISender sender, CancellationToken cancellationToken) =>
            {
                var price = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"/api/v1/price-list/parts/{Uri.EscapeDataString(price.PartNumber)}/history", price);
            })
            .RequireAuthorization(Policies.PriceListKeeping).WithName(nameof(SetPartPrice))
            .WithSummary("Set a part's unit price from a company day on, today or later; one price per part and day (PR-1)");
        prices.MapGet("/parts", async Task<Ok<PagedList<PartPriceResponse>>> ([AsParameters] ListPartPricesInForce query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.PriceListReaders).WithName(nameof(ListPartPricesInForce))
            .WithSummary("The parts' prices in force on a company day (on=, default today), by part number, optionally one part or product line (PR-1)");
        prices.MapGet("/parts/{partNumber}/history", async Task<Ok<IReadOnlyList<PartPriceResponse>>> (string partNumber, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetPartPriceHistory(partNumber), cancellationToken)))
            .RequireAuthorization(Policies.PriceListReaders).WithName(nameof(GetPartPriceHistory))
            .WithSummary("Every price of one part, past, current and set ahead, latest effective day first (PR-1)");

        prices.MapPost("/labour-rates", async Task<Created<LabourRateResponse>> (SetLabourRate command, ISender sender, CancellationToken cancellationToken) =>
            {
                var rate = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"/api/v1/price-list/labour-rates?service={Uri.EscapeDataString(rate.Service)}", rate);
            })
            .RequireAuthorization(Policies.PriceListKeeping).WithName(nameof(SetLabourRate))
            .WithSummary("Set a service's labour rate per hour from a company day on, today or later; one rate per service and day (PR-1)");
        prices.MapGet("/labour-rates", async Task<Ok<PagedList<LabourRateResponse>>> ([AsParameters] ListLabourRatesInForce query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.PriceListReaders).WithName(nameof(ListLabourRatesInForce))
            .WithSummary("The labour rates in force on a company day (on=, default today), by service (PR-1)");

        prices.MapPost("/import", async Task<Ok<PriceListImportResult>> (HttpRequest request, bool? dryRun, IOptions<FilesOptions> files, ISender sender, CancellationToken cancellationToken) =>
            {
                var workbook = await PriceListWorkbookReader.ReadAsync(request, files.Value.MaxChunkBytes, cancellationToken);
                return TypedResults.Ok(await sender.Send(new ImportPriceList { Workbook = workbook, DryRun = dryRun ?? false }, cancellationToken));
            })
            // The body is the workbook itself, as a file's chunk is its bytes: one upload as large as a chunk
            // (Files:MaxChunkBytes), so it has that body limit. Not a multipart form: any HTTP client can send it as it is.
            .Accepts<Stream>(PriceListWorkbookReader.MediaType)
            .WithMetadata(new ChunkBody())
            .RequireAuthorization(Policies.PriceListImport).WithName(nameof(ImportPriceList))
            .WithSummary("Import price-list lines from an XLSX workbook (sheets Parts and LabourRates, columns as in the template): any bad row → 422 listing every error and nothing stored; dryRun=true only checks (PR-1)");
        prices.MapGet("/import/template", (CompanyCalendar calendar) =>
                TypedResults.File(PriceListWorkbookReader.Template(calendar.Today.AddDays(1)), PriceListWorkbookReader.MediaType, "price-list.xlsx"))
            .RequireAuthorization(Policies.PriceListImport).WithName("GetPriceListImportTemplate")
            .WithSummary("An XLSX workbook with the import's sheets and columns and one example row each (PR-1)");
    }
}
