using AfterSales.Api.Auth;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.WorkOrders;
using AfterSales.Application.WorkOrders.Arrive;
using AfterSales.Application.WorkOrders.Assign;
using AfterSales.Application.WorkOrders.Cancel;
using AfterSales.Application.WorkOrders.Contact;
using AfterSales.Application.WorkOrders.DispatchQueue;
using AfterSales.Application.WorkOrders.FollowUps;
using AfterSales.Application.WorkOrders.Get;
using AfterSales.Application.WorkOrders.List;
using AfterSales.Application.WorkOrders.Photos;
using AfterSales.Application.WorkOrders.Plan;
using AfterSales.Application.WorkOrders.Quoting;
using AfterSales.Application.WorkOrders.Register;
using AfterSales.Application.WorkOrders.Reopen;
using AfterSales.Application.WorkOrders.Resolve;
using AfterSales.Application.WorkOrders.Start;
using AfterSales.Application.WorkOrders.TimeEntries;
using AfterSales.Application.WorkOrders.Workshop;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class WorkOrderEndpoints
{
    public static void MapWorkOrders(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/work-orders").WithTags("Work orders");

        orders.MapPost("/", Register).RequireAuthorization(Policies.DispatchDesk).WithName("RegisterWorkOrder")
            .WithSummary("Register a repair request (WO-1); the service type defaults from warranty and contract (CU-2)");
        orders.MapGet("/{id:guid}", Get).WithName("GetWorkOrder").WithSummary("A work order (technicians: their own)");
        orders.MapGet("/", List).WithName("ListWorkOrders").WithSummary("Work orders newest first, by status, technician, SLA state (Breached, AtRisk) and received time");
        orders.MapGet("/dispatch-queue", DispatchQueue).RequireAuthorization(Policies.DispatchDesk).WithName("GetDispatchQueue")
            .WithSummary("Undispatched orders: carried over first, Urgent before Normal, oldest first (WO-3)");
        orders.MapGet("/{id:guid}/sla", Sla).WithName("GetWorkOrderSla").WithSummary("The six service-level clocks (WO-6)");

        Action<AssignWorkOrder>(orders, "assign", Policies.DispatchDesk, "Assign or reassign to an active technician (WO-2, TE-2)");
        Action<RecordCustomerContact>(orders, "contact", Policies.CustomerContact, "Record the customer contact and appointment window (WO-5)");
        Action<ChooseMethod>(orders, "plan", Policies.FieldWork, "Choose the resolution method (WO-4)");
        Action<RecordArrival>(orders, "arrive", Policies.FieldWork, "Record the arrival on site; late after the grace period (WO-5)");
        Action<RecordQuote>(orders, "quote", Policies.FieldWork, "Record the fee the customer accepted for paid work (WO-12)");
        Action<StartWork>(orders, "start", Policies.FieldWork, "Start work (WO-4, WO-5, WO-12)");
        Action<AddTimeEntry>(orders, "time-entries", Policies.FieldWork, "Record time spent (WO-9)");
        Action<AddPhoto>(orders, "photos", Policies.FieldWork, "Attach a photo reference (WO-9)");
        Action<CarryBack>(orders, "carry-back", Policies.FieldWork, "Carry the item back to the workshop (WO-10)");
        Action<ReturnToCustomer>(orders, "return-to-customer", Policies.FieldWork, "Return the repaired item (WO-10)");
        Action<ResolveWorkOrder>(orders, "resolve", Policies.FieldWork, "Resolve; on-site and workshop orders need the customer's sign-off (WO-9)");
        Action<RecordFollowUp>(orders, "follow-up", Policies.DispatchDesk, "Record the follow-up and survey; satisfied closes, not satisfied reopens (WO-13)");
        Action<CancelWorkOrder>(orders, "cancel", Policies.DispatchDesk, "Cancel before work starts");
        Action<ReopenWorkOrder>(orders, "reopen", Policies.DispatchDesk, "Reopen a closed order within the reopening window");
    }

    /// <summary>An order action: <c>POST /work-orders/{id}/{action}</c>, answered with the whole order.</summary>
    internal static void Action<TAction>(RouteGroupBuilder orders, string action, string policy, string summary)
        where TAction : WorkOrderAction =>
        orders.MapAction<TAction, WorkOrderResponse>(action, policy, summary);

    private static async Task<Created<WorkOrderResponse>> Register(RegisterWorkOrder command, ISender sender, CancellationToken cancellationToken)
    {
        var order = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/work-orders/{order.Id}", order);
    }

    private static async Task<Ok<WorkOrderResponse>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetWorkOrder(id), cancellationToken));

    private static async Task<Ok<IReadOnlyList<SlaClockResponse>>> Sla(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetWorkOrderSla(id), cancellationToken));

    private static async Task<Ok<PagedList<WorkOrderSummary>>> List([AsParameters] ListWorkOrders query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    private static async Task<Ok<PagedList<WorkOrderSummary>>> DispatchQueue([AsParameters] GetDispatchQueue query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
