using AfterSales.Api.Auth;
using AfterSales.Application.Security;
using AfterSales.Application.WorkOrders.Changes;
using AfterSales.Application.WorkOrders.Mine;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

/// <summary>The field app's resources: the signed-in technician's own work and its changes for the offline copy, under <c>/me</c> (API.md, revision 2).</summary>
internal static class MyWorkEndpoints
{
    public static void MapMyWork(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Field app");

        me.MapGet("/work-orders", async Task<Ok<MyWorkOrders>> ([AsParameters] ListMyWorkOrders query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.FieldWork).WithName(nameof(ListMyWorkOrders))
            .WithSummary("The signed-in technician's open orders, each with its customer and machine (WO-21): the app's day in one call");
        me.MapGet("/changes", async Task<Ok<ChangesResponse>> ([AsParameters] GetChanges query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.FieldWork).WithName(nameof(GetChanges))
            .WithSummary("The signed-in technician's changed orders and tombstones since the token given (X-8); without one, all their open orders. Ask again with nextToken");
    }
}
