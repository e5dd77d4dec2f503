using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Security;
using AfterSales.Application.Technicians;
using AfterSales.Application.Technicians.Corrections;
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

        technicians.MapPost("/", async Task<Created<TechnicianResponse>> (HireTechnician command, ISender sender, CancellationToken cancellationToken) =>
            {
                var technician = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"/api/v1/technicians/{technician.Id}", technician);
            })
            .RequireAuthorization(Policies.StaffAdministration).WithName(nameof(HireTechnician)).WithSummary("Hire a technician (TE-1)");
        technicians.MapGet("/{id:guid}", async Task<Ok<TechnicianResponse>> (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetTechnician(id), cancellationToken)))
            .WithName(nameof(GetTechnician)).WithSummary("A technician with property and discipline records");
        technicians.MapGet("/", async Task<Ok<PagedList<TechnicianResponse>>> ([AsParameters] ListTechnicians query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .WithName(nameof(ListTechnicians)).WithSummary("Technicians by status and team");

        technicians.MapPatch("/{id:guid}", (Guid id, CorrectTechnician patch, RequiredIfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(patch with { TechnicianId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Accepts<CorrectTechnician>(MergePatchJson.MediaType)
            .RequireAuthorization(Policies.StaffAdministration).WithName(nameof(CorrectTechnician))
            .WithSummary("Correct a technician's name, phone, pay level or supervisor: a JSON merge patch with If-Match (TE-1 r2; team and status only by handover, TE-3)");
        technicians.MapPost("/{id:guid}/leave", (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new StartLeave { TechnicianId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.StaffAdministration).WithName(nameof(StartLeave)).WithSummary("Send an active technician on leave (no new work while away, TE-2)");
        technicians.MapPost("/{id:guid}/return-from-leave", (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new EndLeave { TechnicianId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.StaffAdministration).WithName(nameof(EndLeave)).WithSummary("A technician on leave is active again");
        technicians.MapPost("/{id:guid}/property", (Guid id, IssueProperty command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { TechnicianId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.PropertyManagement).WithName(nameof(IssueProperty)).WithSummary("Issue company property to a technician (TE-4)");
        technicians.MapPost("/{id:guid}/property/{itemId:guid}/return", (Guid id, Guid itemId, ReturnProperty command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { TechnicianId = id, ItemId = itemId, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.PropertyManagement).WithName(nameof(ReturnProperty)).WithSummary("Record a property item returned, or lost at its original price (TE-4)");
        technicians.MapPost("/{id:guid}/discipline", (Guid id, RecordDiscipline command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { TechnicianId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.TeamLeadership).WithName(nameof(RecordDiscipline)).WithSummary("Record a discipline breach (TE-5)");
    }
}
