using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Complaints;
using AfterSales.Application.Complaints.Appeals;
using AfterSales.Application.Complaints.Contacts;
using AfterSales.Application.Complaints.Escalate;
using AfterSales.Application.Complaints.FollowUps;
using AfterSales.Application.Complaints.Get;
using AfterSales.Application.Complaints.Investigate;
using AfterSales.Application.Complaints.List;
using AfterSales.Application.Complaints.Notify;
using AfterSales.Application.Complaints.Progress;
using AfterSales.Application.Complaints.Register;
using AfterSales.Application.Complaints.Resolve;
using AfterSales.Application.Complaints.Verify;
using AfterSales.Application.Complaints.WithoutUpdates;
using AfterSales.Application.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class ComplaintEndpoints
{
    public static void MapComplaints(this RouteGroupBuilder api)
    {
        var complaints = api.MapGroup("/complaints").WithTags("Complaints");

        complaints.MapPost("/", async Task<Created<ComplaintResponse>> (RegisterComplaint command, ISender sender, CancellationToken cancellationToken) =>
            {
                var complaint = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"/api/v1/complaints/{complaint.Id}", complaint);
            })
            .RequireAuthorization(Policies.DispatchDesk).WithName(nameof(RegisterComplaint))
            .WithSummary("Register a complaint with the response time promised to the customer (CP-1)");
        complaints.MapGet("/{id:guid}", async Task<Ok<ComplaintResponse>> (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetComplaint(id), cancellationToken)))
            .RequireAuthorization(Policies.ComplaintReaders).WithName(nameof(GetComplaint))
            .WithSummary("A complaint (technicians: where they are accused or responsible)");
        complaints.MapGet("/by-number/{number}", async Task<Ok<ComplaintResponse>> (string number, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetComplaintByNumber(number), cancellationToken)))
            .RequireAuthorization(Policies.ComplaintReaders).WithName(nameof(GetComplaintByNumber))
            .WithSummary("A complaint by the number the customer quotes, e.g. CP-2026-000004 (technicians: where they are accused or responsible)");
        complaints.MapGet("/", async Task<Ok<PagedList<ComplaintResponse>>> ([AsParameters] ListComplaints query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.ComplaintReaders).WithName(nameof(ListComplaints))
            .WithSummary("Complaints newest first, by status, technician (accused or responsible), category, and overdue appeal decisions (CP-8)");
        complaints.MapGet("/without-updates", async Task<Ok<PagedList<ComplaintResponse>>> ([AsParameters] ListComplaintsWithoutUpdates query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.DispatchDesk).WithName(nameof(ListComplaintsWithoutUpdates))
            .WithSummary("Open complaints whose customer has had no update (registration, visit or call, progress update) for 2 working days, longest silent first (CP-9)");

        complaints.MapPost("/{id:guid}/investigate", (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new StartInvestigation { ComplaintId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.DispatchDesk).WithName(nameof(StartInvestigation)).WithSummary("Start investigating a received complaint (CP-3)");
        complaints.MapPost("/{id:guid}/escalate", (Guid id, EscalateComplaint command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { ComplaintId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.DispatchDesk).WithName(nameof(EscalateComplaint))
            .WithSummary("Escalate to a named Director; a Major complaint must be before it is resolved (CP-2)");
        complaints.MapPost("/{id:guid}/verify", (Guid id, VerifyComplaint command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { ComplaintId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.TeamLeadership).WithName(nameof(VerifyComplaint))
            .WithSummary("Record the finding: verified with the responsible technician and penalty (CP-4, CP-5, CP-6), or unfounded (CP-3)");
        complaints.MapPost("/{id:guid}/notify-customer", (Guid id, NotifyCustomer command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { ComplaintId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.DispatchDesk).WithName(nameof(NotifyCustomer))
            .WithSummary("Record how the customer was told the result; by Letter with its letterDate and letterReference, as a Major complaint needs (CP-2)");
        complaints.MapPost("/{id:guid}/customer-contacts", (Guid id, RecordComplaintCustomerContact command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { ComplaintId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.DispatchDesk).WithName(nameof(RecordComplaintCustomerContact))
            .WithSummary("Record a visit or call to the customer by the service supervisor or someone they named; needed before resolving (CP-9)");
        complaints.MapPost("/{id:guid}/progress-updates", (Guid id, RecordProgressUpdate command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { ComplaintId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.DispatchDesk).WithName(nameof(RecordProgressUpdate))
            .WithSummary("Record a progress update given to the customer (CP-9)");
        complaints.MapPost("/{id:guid}/resolve", (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new ResolveComplaint { ComplaintId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.DispatchDesk).WithName(nameof(ResolveComplaint))
            .WithSummary("Resolve a verified complaint; Major ones escalated and the customer told in writing, others told (CP-2); the customer visited or called (CP-9)");
        complaints.MapPost("/{id:guid}/follow-up", (Guid id, RecordComplaintFollowUp command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { ComplaintId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.DispatchDesk).WithName(nameof(RecordComplaintFollowUp))
            .WithSummary("Record the follow-up; satisfied closes, not satisfied reopens the investigation");
        complaints.MapPost("/{id:guid}/appeals", (Guid id, FileAppeal command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { ComplaintId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.FieldWork).WithName(nameof(FileAppeal))
            .WithSummary("Appeal as the responsible technician within 5 working days of notification (CP-8)");
        complaints.MapPost("/{id:guid}/appeals/{appealId:guid}/decide", (Guid id, Guid appealId, DecideAppeal command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { ComplaintId = id, AppealId = appealId, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.AppealDecisions).WithName(nameof(DecideAppeal))
            .WithSummary("Decide an appeal: upheld removes the penalty and deduction, rejected allows one further appeal (CP-8)");
    }
}
