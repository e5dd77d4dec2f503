using AfterSales.Api.Auth;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Reminders;
using AfterSales.Application.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class ReminderEndpoints
{
    public static void MapReminders(this RouteGroupBuilder api)
    {
        var reminders = api.MapGroup("/reminders").WithTags("Reminders").RequireAuthorization(Policies.DispatchDesk);

        reminders.MapGet("/contracts", Contracts).WithName("ListContractReminders").WithSummary("Maintenance contracts ending soon, soonest first (CU-3)");
        reminders.MapGet("/warranties", Warranties).WithName("ListWarrantyReminders").WithSummary("Warranties ending soon, soonest first (CU-3)");
        reminders.MapGet("/visits", Visits).WithName("ListVisitReminders").WithSummary("Customers under warranty due for a check-up call or visit (CU-4)");
    }

    private static async Task<Ok<PagedList<EquipmentReminder>>> Contracts([AsParameters] ListContractReminders query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    private static async Task<Ok<PagedList<EquipmentReminder>>> Warranties([AsParameters] ListWarrantyReminders query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    private static async Task<Ok<PagedList<VisitReminder>>> Visits([AsParameters] ListVisitReminders query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
