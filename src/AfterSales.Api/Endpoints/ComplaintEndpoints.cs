using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Complaints;
using AfterSales.Application.Complaints.Appeals;
using AfterSales.Application.Complaints.Escalate;
using AfterSales.Application.Complaints.FollowUps;
using AfterSales.Application.Complaints.Get;
using AfterSales.Application.Complaints.Investigate;
using AfterSales.Application.Complaints.List;
using AfterSales.Application.Complaints.Notify;
using AfterSales.Application.Complaints.Register;
using AfterSales.Application.Complaints.Resolve;
using AfterSales.Application.Complaints.Verify;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class ComplaintEndpoints
{
    public static void MapComplaints(this RouteGroupBuilder api)
    {
        var complaints = api.MapGroup("/complaints").WithTags("Complaints");

        complaints.MapPost("/", Register).RequireAuthorization(Policies.DispatchDesk).WithName("RegisterComplaint")
            .WithSummary("Register a complaint with the response time promised to the customer (CP-1)");
        complaints.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.ComplaintReaders).WithName("GetComplaint")
            .WithSummary("A complaint (technicians: where they are accused or responsible)");
        complaints.MapGet("/", List).RequireAuthorization(Policies.ComplaintReaders).WithName("ListComplaints")
            .WithSummary("Complaints newest first, by status, technician (accused or responsible), category, and overdue appeal decisions (CP-8)");

        Action<StartInvestigation>(complaints, "investigate", Policies.DispatchDesk, "Start investigating a received complaint (CP-3)");
        Action<EscalateComplaint>(complaints, "escalate", Policies.DispatchDesk, "Escalate to a named Manager; a Major complaint must be before it is resolved (CP-2)");
        Action<VerifyComplaint>(complaints, "verify", Policies.TeamLeadership, "Record the finding: verified with the responsible technician and penalty (CP-4, CP-5, CP-6), or unfounded (CP-3)");
        Action<NotifyCustomer>(complaints, "notify-customer", Policies.DispatchDesk, "Record how the customer was told the result (CP-2)");
        Action<ResolveComplaint>(complaints, "resolve", Policies.DispatchDesk, "Resolve a verified complaint; Major ones escalated, the customer told (CP-2)");
        Action<RecordComplaintFollowUp>(complaints, "follow-up", Policies.DispatchDesk, "Record the follow-up; satisfied closes, not satisfied reopens the investigation");
        Action<FileAppeal>(complaints, "appeals", Policies.FieldWork, "Appeal as the responsible technician within 5 working days of notification (CP-8)");
        complaints.MapPost("/{id:guid}/appeals/{appealId:guid}/decide", Decide).RequireAuthorization(Policies.AppealDecisions).WithName("DecideAppeal")
            .WithSummary("Decide an appeal: upheld removes the penalty and deduction, rejected allows one further appeal (CP-8)");
    }

    /// <summary>A complaint action: <c>POST /complaints/{id}/{action}</c>, answered with the whole complaint.</summary>
    private static void Action<TAction>(RouteGroupBuilder complaints, string action, string policy, string summary)
        where TAction : ComplaintAction =>
        complaints.MapAction<TAction, ComplaintResponse>(action, policy, summary);

    private static async Task<Created<ComplaintResponse>> Register(RegisterComplaint command, ISender sender, CancellationToken cancellationToken)
    {
        var complaint = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/complaints/{complaint.Id}", complaint);
    }

    private static async Task<Ok<ComplaintResponse>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetComplaint(id), cancellationToken));

    private static async Task<Ok<PagedList<ComplaintResponse>>> List([AsParameters] ListComplaints query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    private static async Task<Ok<ComplaintResponse>> Decide(Guid id, Guid appealId, DecideAppeal command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command.For<DecideAppeal>(id, ifMatch.ExpectedVersion) with { AppealId = appealId }, cancellationToken));
}
