using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Inquiries;
using AfterSales.Application.Inquiries.Answer;
using AfterSales.Application.Inquiries.CollectionRuns;
using AfterSales.Application.Inquiries.Convert;
using AfterSales.Application.Inquiries.Get;
using AfterSales.Application.Inquiries.List;
using AfterSales.Application.Inquiries.Register;
using AfterSales.Application.Inquiries.Respond;
using AfterSales.Application.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

/// <summary>IQ-1: the desk's inquiries, all of it the dispatch desk's work.</summary>
internal static class InquiryEndpoints
{
    public static void MapInquiries(this RouteGroupBuilder api)
    {
        var inquiries = api.MapGroup("/inquiries").WithTags("Inquiries").RequireAuthorization(Policies.DispatchDesk);

        inquiries.MapPost("/", async Task<Created<InquiryResponse>> (RegisterInquiry command, ISender sender, CancellationToken cancellationToken) =>
            {
                var inquiry = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"/api/v1/inquiries/{inquiry.Id}", inquiry);
            })
            .WithName(nameof(RegisterInquiry))
            .WithSummary("Register an inquiry (price, availability, how-to) with the reply time promised; its first response is due in 30 working minutes by phone or walk-in, 2 working hours otherwise (IQ-1)");
        inquiries.MapGet("/{id:guid}", async Task<Ok<InquiryResponse>> (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetInquiry(id), cancellationToken)))
            .WithName(nameof(GetInquiry)).WithSummary("An inquiry with its first-response clock and what it became");
        inquiries.MapGet("/by-number/{number}", async Task<Ok<InquiryResponse>> (string number, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetInquiryByNumber(number), cancellationToken)))
            .WithName(nameof(GetInquiryByNumber)).WithSummary("An inquiry by the number the caller quotes, e.g. IQ-2026-000001");
        inquiries.MapGet("/", async Task<Ok<PagedList<InquiryResponse>>> ([AsParameters] ListInquiries query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .WithName(nameof(ListInquiries))
            .WithSummary("Inquiries newest first, by status, received from/to, and late first responses (IQ-1)");

        inquiries.MapPost("/{id:guid}/respond", (Guid id, RespondToInquiry command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { InquiryId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .WithName(nameof(RespondToInquiry)).WithSummary("Record a response to the caller; the first stops the first-response clock (IQ-1)");
        inquiries.MapPost("/{id:guid}/answer", (Guid id, AnswerInquiry command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { InquiryId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .WithName(nameof(AnswerInquiry)).WithSummary("Close the inquiry as answered (IQ-1)");
        inquiries.MapPost("/{id:guid}/convert-to-work-order", (Guid id, ConvertInquiryToWorkOrder command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { InquiryId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .WithName(nameof(ConvertInquiryToWorkOrder))
            .WithSummary("Turn the inquiry into a work order registered as POST /work-orders does, linked both ways; closes the inquiry (IQ-1, WO-1)");
        inquiries.MapPost("/{id:guid}/convert-to-complaint", (Guid id, ConvertInquiryToComplaint command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { InquiryId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .WithName(nameof(ConvertInquiryToComplaint))
            .WithSummary("Turn the inquiry into a complaint registered as POST /complaints does, linked both ways; closes the inquiry (IQ-1, CP-1)");

        inquiries.MapPost("/collection-runs", (RecordCollectionRun command, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command, cancellationToken))
            .WithName(nameof(RecordCollectionRun)).WithSummary("Record a collection run of e-mail or web-form inquiries (IQ-1)");
        inquiries.MapGet("/collection-runs/short-days", async Task<Ok<IReadOnlyList<ShortCollectionDay>>> ([AsParameters] ListShortCollectionDays query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .WithName(nameof(ListShortCollectionDays))
            .WithSummary("Working days from/to (inclusive, at most 366) with fewer collection runs than required (IQ-1)");
    }
}
