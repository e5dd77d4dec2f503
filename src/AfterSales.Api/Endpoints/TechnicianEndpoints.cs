using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Technicians;
using AfterSales.Application.Technicians.Discipline;
using AfterSales.Application.Technicians.Get;
using AfterSales.Application.Technicians.Hire;
using AfterSales.Application.Technicians.Leave;
using AfterSales.Application.Technicians.List;
using AfterSales.Application.Technicians.Property;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class TechnicianEndpoints
{
    public static void MapTechnicians(this RouteGroupBuilder api)
    {
        var technicians = api.MapGroup("/technicians").WithTags("Technicians");

        technicians.MapPost("/", Hire).RequireAuthorization(Policies.StaffAdministration).WithName("HireTechnician")
            .WithSummary("Hire a technician (TE-1)");
        technicians.MapGet("/{id:guid}", Get).WithName("GetTechnician")
            .WithSummary("A technician with property and discipline records");
        technicians.MapGet("/", List).WithName("ListTechnicians")
            .WithSummary("Technicians by status and team");
        technicians.MapPost("/{id:guid}/leave", StartLeave).RequireAuthorization(Policies.StaffAdministration).WithName("StartLeave")
            .WithSummary("Send an active technician on leave (no new work while away, TE-2)");
        technicians.MapPost("/{id:guid}/return-from-leave", EndLeave).RequireAuthorization(Policies.StaffAdministration).WithName("EndLeave")
            .WithSummary("A technician on leave is active again");
        technicians.MapPost("/{id:guid}/property", IssueProperty).RequireAuthorization(Policies.PropertyManagement).WithName("IssueProperty")
            .WithSummary("Issue company property to a technician (TE-4)");
        technicians.MapPost("/{id:guid}/property/{itemId:guid}/return", ReturnProperty).RequireAuthorization(Policies.PropertyManagement).WithName("ReturnProperty")
            .WithSummary("Record a property item returned, or lost at its original price (TE-4)");
        technicians.MapPost("/{id:guid}/discipline", RecordDiscipline).RequireAuthorization(Policies.TeamLeadership).WithName("RecordDiscipline")
            .WithSummary("Record a discipline breach (TE-5)");
    }

    private static async Task<Created<TechnicianResponse>> Hire(HireTechnician command, ISender sender, CancellationToken cancellationToken)
    {
        var technician = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/technicians/{technician.Id}", technician);
    }

    private static async Task<Ok<TechnicianResponse>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetTechnician(id), cancellationToken));

    private static async Task<Ok<PagedList<TechnicianResponse>>> List([AsParameters] ListTechnicians query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    private static async Task<Ok<TechnicianResponse>> StartLeave(Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new StartLeave(id, ifMatch.ExpectedVersion), cancellationToken));

    private static async Task<Ok<TechnicianResponse>> EndLeave(Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new EndLeave(id, ifMatch.ExpectedVersion), cancellationToken));

    private static async Task<Ok<TechnicianResponse>> IssueProperty(Guid id, IssueProperty command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command with { TechnicianId = id, ExpectedVersion = ifMatch.ExpectedVersion }, cancellationToken));

    private static async Task<Ok<TechnicianResponse>> ReturnProperty(Guid id, Guid itemId, ReturnProperty command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command with { TechnicianId = id, ItemId = itemId, ExpectedVersion = ifMatch.ExpectedVersion }, cancellationToken));

    private static async Task<Ok<TechnicianResponse>> RecordDiscipline(Guid id, RecordDiscipline command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command with { TechnicianId = id, ExpectedVersion = ifMatch.ExpectedVersion }, cancellationToken));
}
