using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Invoicing;
using AfterSales.Application.Invoicing.Get;
using AfterSales.Application.Invoicing.Issue;
using AfterSales.Application.Invoicing.List;
using AfterSales.Application.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

/// <summary>WO-12 (r2): invoice requests raised by paid work, issued by Finance; those not issued in time are listed.</summary>
internal static class InvoiceRequestEndpoints
{
    public static void MapInvoiceRequests(this RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/invoice-requests").WithTags("Invoice requests").RequireAuthorization(Policies.InvoiceRequestReaders);

        requests.MapGet("/", async Task<Ok<PagedList<InvoiceRequestResponse>>> ([AsParameters] ListInvoiceRequests query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .WithName(nameof(ListInvoiceRequests))
            .WithSummary("Invoice requests oldest day of service first, with their age in working days; notIssuedLate=true lists those not issued within Invoices:IssueWorkingDays working days (WO-12 r2)");
        requests.MapGet("/{id:guid}", async Task<Ok<InvoiceRequestResponse>> (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetInvoiceRequest(id), cancellationToken)))
            .WithName(nameof(GetInvoiceRequest)).WithSummary("An invoice request: the order it bills, the amount, the day of service and the due day (WO-12 r2)");
        requests.MapPost("/{id:guid}/issue", (Guid id, IssueInvoice command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { InvoiceRequestId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.Finance).WithName(nameof(IssueInvoice))
            .WithSummary("Finance records the invoice issued for a request: its number (unique) and the day (default today; not in the future, not before the day of service) (WO-12 r2)");
    }
}
