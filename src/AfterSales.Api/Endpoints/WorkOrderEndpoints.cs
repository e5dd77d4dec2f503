using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Security;
using AfterSales.Application.Shipping;
using AfterSales.Application.WorkOrders.Shipping;
using AfterSales.Application.WorkOrders;
using AfterSales.Application.WorkOrders.Arrive;
using AfterSales.Application.WorkOrders.Assign;
using AfterSales.Application.WorkOrders.Cancel;
using AfterSales.Application.WorkOrders.Contact;
using AfterSales.Application.WorkOrders.DispatchQueue;
using AfterSales.Application.WorkOrders.FollowUps;
using AfterSales.Application.WorkOrders.Get;
using AfterSales.Application.WorkOrders.LateForwards;
using AfterSales.Application.WorkOrders.List;
using AfterSales.Application.WorkOrders.Parts;
using AfterSales.Application.WorkOrders.Payments;
using AfterSales.Application.WorkOrders.Refunds;
using AfterSales.Application.WorkOrders.Photos;
using AfterSales.Application.WorkOrders.Plan;
using AfterSales.Application.WorkOrders.Promises;
using AfterSales.Application.WorkOrders.Quoting;
using AfterSales.Application.WorkOrders.Register;
using AfterSales.Application.WorkOrders.Reopen;
using AfterSales.Application.WorkOrders.Resolve;
using AfterSales.Application.WorkOrders.Start;
using AfterSales.Application.WorkOrders.TimeEntries;
using AfterSales.Application.WorkOrders.Visits;
using AfterSales.Application.WorkOrders.Workshop;
using AfterSales.Domain.WorkOrders;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

/// <summary>
/// Work orders, from registration to closure, with their parts (WO-11) and payments (WO-12). Every action binds the
/// same way: the body is the command, the route's ids and <c>If-Match</c> are set on it with <c>with</c>; an action
/// without fields takes no body. Each action's policy is its row in <see cref="WorkOrderActionAccess"/> (WO-22).
/// </summary>
internal static class WorkOrderEndpoints
{
    public static void MapWorkOrders(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/work-orders").WithTags("Work orders");

        orders.MapPost("/", async Task<Created<WorkOrderResponse>> (RegisterWorkOrder command, ISender sender, CancellationToken cancellationToken) =>
            {
                var order = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"/api/v1/work-orders/{order.Id}", order);
            })
            .RequireAuthorization(Policies.DispatchDesk).WithName(nameof(RegisterWorkOrder))
            .WithSummary("Register a repair request (WO-1); the service type defaults from warranty and contract (CU-2)");
        orders.MapGet("/{id:guid}", async Task<Ok<WorkOrderResponse>> (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetWorkOrder(id), cancellationToken)))
            .WithName(nameof(GetWorkOrder)).WithSummary("A work order (technicians: their own; team leads: their team's and the unassigned, X-4)");
        orders.MapGet("/by-number/{number}", async Task<Ok<WorkOrderResponse>> (string number, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetWorkOrderByNumber(number), cancellationToken)))
            .WithName(nameof(GetWorkOrderByNumber)).WithSummary("A work order by the number the customer quotes, e.g. WO-2026-000017 (WO-1; X-4 as for the id)");
        orders.MapGet("/", async Task<Ok<PagedList<WorkOrderSummary>>> ([AsParameters] ListWorkOrders query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .WithName(nameof(ListWorkOrders)).WithSummary("Work orders newest first, by status, technician, SLA state (Breached, Overdue, AtRisk), received time, customer, zone, priority, team and number prefix (WO-1; technicians: their own; team leads: their team's and the unassigned, X-4)");
        orders.MapGet("/dispatch-queue", async Task<Ok<PagedList<WorkOrderSummary>>> ([AsParameters] GetDispatchQueue query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.DispatchDesk).WithName(nameof(GetDispatchQueue))
            .WithSummary("Undispatched orders: carried over first, Urgent before Normal, oldest first (WO-3)");
        orders.MapGet("/promise-list", async Task<Ok<PagedList<PromiseListItem>>> ([AsParameters] GetPromiseList query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.PromiseList).WithName(nameof(GetPromiseList))
            .WithSummary("The Manager's daily list for a working day (WO-18): orders that arrived on it unresolved at its end with no promised resolution time (NoPromise), and orders past their promise (PromiseBroken)");
        orders.MapGet("/late-forwards", async Task<Ok<PagedList<LateForward>>> ([AsParameters] ListLateForwards query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.LateForwardReaders).WithName(nameof(ListLateForwards))
            .WithSummary("Orders a salesperson passed on more than [Sla:SalesForwardHours] after hearing of the fault, by received time, newest first (WO-19)");
        orders.MapGet("/visits/due-for-reconfirmation", async Task<Ok<PagedList<VisitDueForReconfirmation>>> ([AsParameters] ListVisitsDueForReconfirmation query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.CustomerContact).WithName(nameof(ListVisitsDueForReconfirmation))
            .WithSummary("Visits opening within [Sla:ReconfirmMinutes] not yet reconfirmed, soonest first (WO-20; technicians: their own; team leads: their team's, X-4)");
        orders.MapGet("/visits/told-late", async Task<Ok<PagedList<ToldLateVisit>>> ([AsParameters] ListToldLateVisits query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.TeamLeadership).WithName(nameof(ListToldLateVisits))
            .WithSummary("Visits moved with the customer told after the original window opened, moved in [from, to), newest first (WO-20; team leads: their team's, X-4)");
        orders.MapGet("/workshop/overdue-returns", async Task<Ok<PagedList<OverdueWorkshopReturn>>> ([AsParameters] ListOverdueWorkshopReturns query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.TeamLeadership).WithName(nameof(ListOverdueWorkshopReturns))
            .WithSummary("Items still in the workshop after their promised return date, longest overdue first (WO-10; team leads: their team's, X-4)");
        orders.MapGet("/{id:guid}/sla", async Task<Ok<IReadOnlyList<SlaClockResponse>>> (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetWorkOrderSla(id), cancellationToken)))
            .WithName(nameof(GetWorkOrderSla)).WithSummary("The six service-level clocks (WO-6), with the earlier rounds of those a reopening ran again (WO-13)");

        orders.MapGet("/{id:guid}/shipments", async Task<Ok<IReadOnlyList<ShipmentResponse>>> (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListWorkOrderShipments(id), cancellationToken)))
            .WithName(nameof(ListWorkOrderShipments)).WithSummary("The parts shipments booked out against a ShipParts order, oldest first (PR-3; X-4 as for the order)");
        orders.MapPost("/{id:guid}/shipments", async Task<Created<ShipmentResponse>> (Guid id, ShipWorkOrderParts command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
            {
                var shipment = await sender.Send(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken);
                return TypedResults.Created($"/api/v1/work-orders/{id}/shipments", shipment);
            })
            .RequireAuthorization(Policies.PartsStore).WithName(nameof(ShipWorkOrderParts))
            .WithSummary("The Warehouse books parts out with carrier, tracking number and shipping day for an order whose method is ShipParts (PR-3, WO-4)");

        orders.MapPost("/{id:guid}/assign", (Guid id, AssignWorkOrder command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.Assign, nameof(AssignWorkOrder), "Assign or reassign to an active technician (WO-2, TE-2); a team lead, to their own team (X-4)");
        orders.MapPost("/{id:guid}/contact", (Guid id, RecordCustomerContact command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.RecordContact, nameof(RecordCustomerContact), "Record the customer contact and appointment window (WO-5); a new window for an agreed visit moves it, with the reason and when the customer was told (WO-20)");
        // The body is optional, as for start: it only carries the field time (WO-16).
        orders.MapPost("/{id:guid}/reconfirm-visit", (Guid id, ReconfirmVisit? command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok((command ?? new ReconfirmVisit(null)) with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.ReconfirmVisit, nameof(ReconfirmVisit), "Record that the visit's current window was reconfirmed with the customer (WO-20)");
        orders.MapPost("/{id:guid}/plan", (Guid id, ChooseMethod command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.ChooseMethod, nameof(ChooseMethod), "Choose the resolution method (WO-4)");
        orders.MapPost("/{id:guid}/arrive", (Guid id, RecordArrival command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.RecordArrival, nameof(RecordArrival), "Record the arrival on site; late after the grace period (WO-5)");
        orders.MapPost("/{id:guid}/quote", (Guid id, RecordQuote command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.RecordQuote, nameof(RecordQuote), "Quote a new version of the fee, priced from the list in force today, accepted at once when acceptedBy is given (WO-12, WO-11, PR-1)");
        orders.MapPost("/{id:guid}/quotes/{number}/accept", (Guid id, int number, AcceptQuote command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, Number = number, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.AcceptQuote, nameof(AcceptQuote), "Record the customer's acceptance of a proposed quote; it replaces the one in force (WO-12)");
        orders.MapPost("/{id:guid}/quotes/{number}/discount-approval", (Guid id, int number, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new ApproveQuoteDiscount { WorkOrderId = id, Number = number, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.ApproveQuoteDiscount, nameof(ApproveQuoteDiscount), "Approve a discount over the technician's limits so the customer may accept the quote (WO-12)");
        // The body is optional: it only carries the field time (WO-16), and a client that sends none starts now.
        orders.MapPost("/{id:guid}/start", (Guid id, StartWork? command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok((command ?? new StartWork(null)) with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.StartWork, nameof(StartWork), "Start work (WO-4, WO-5, WO-12)");
        orders.MapPost("/{id:guid}/time-entries", (Guid id, AddTimeEntry command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.AddTimeEntry, nameof(AddTimeEntry), "Record time spent (WO-9)");
        orders.MapPost("/{id:guid}/photos", (Guid id, AddPhoto command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.AddPhoto, nameof(AddPhoto), "Attach a photo reference (WO-9)");
        orders.MapPost("/{id:guid}/carry-back", (Guid id, CarryBack command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.CarryBack, nameof(CarryBack), "Carry the item back to the workshop (WO-10)");
        orders.MapPost("/{id:guid}/return-to-customer", (Guid id, ReturnToCustomer command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.ReturnToCustomer, nameof(ReturnToCustomer), "Return the repaired item after a passed inspection; voids the receipt (WO-10)");
        orders.MapPost("/{id:guid}/workshop/inspection", (Guid id, InspectWorkshopRepair command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.InspectWorkshopRepair, nameof(InspectWorkshopRepair), "The team lead's inspection of the repaired item; a failed one holds the return (WO-10)");
        orders.MapPost("/{id:guid}/resolve", (Guid id, ResolveWorkOrder command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.Resolve, nameof(ResolveWorkOrder), "Resolve; on-site and workshop orders need the customer's sign-off (WO-9)");
        orders.MapPost("/{id:guid}/follow-up", (Guid id, RecordFollowUp command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.RecordFollowUp, nameof(RecordFollowUp), "Record the follow-up and survey; satisfied closes, not satisfied reopens (WO-13)");
        orders.MapPost("/{id:guid}/cancel", (Guid id, CancelWorkOrder command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.Cancel, nameof(CancelWorkOrder), "Cancel before work starts; refused while issued parts are out, pending part requests are withdrawn (WO-11)");
        orders.MapPost("/{id:guid}/reopen", (Guid id, ReopenWorkOrder command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.Reopen, nameof(ReopenWorkOrder), "Reopen a closed order within the reopening window, with a new resolution clock; a departed technician's goes to the customer's responsible technician or the dispatch queue (WO-13)");
        orders.MapPost("/{id:guid}/promise", (Guid id, PromiseResolution command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.PromiseResolution, nameof(PromiseResolution), "Record the resolution time promised to the customer; it replaces the one in force, which stays on record (WO-18)");

        orders.MapPost("/{id:guid}/parts", (Guid id, RequestPart command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(
                WorkOrderAction.RequestPart,
                nameof(RequestPart),
                "Request a part at the price list's price in force today, a different price only with a reason (PR-1); chargeable or free by service type and cause, old part asked back for free warranty parts unless small and of no recovery value (WO-11)");
        orders.MapPost("/{id:guid}/parts/{partId:guid}/approve", (Guid id, Guid partId, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new ApprovePart { WorkOrderId = id, PartId = partId, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.ApprovePart, nameof(ApprovePart), "Finance approves a requested part; a line above the director's limit then waits for the Director (WO-11)");
        orders.MapPost("/{id:guid}/parts/{partId:guid}/director-approval", (Guid id, Guid partId, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new ApprovePartAsDirector { WorkOrderId = id, PartId = partId, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.ApprovePartAsDirector, nameof(ApprovePartAsDirector), "The Director approves a part line above the limit, after Finance (WO-11)");
        orders.MapPost("/{id:guid}/parts/{partId:guid}/issue", (Guid id, Guid partId, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new IssuePart { WorkOrderId = id, PartId = partId, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.IssuePart, nameof(IssuePart), "The Warehouse books an approved part out; from now on it is billed, or its price held as a deposit until its old part is back (WO-11)");
        orders.MapPost("/{id:guid}/parts/{partId:guid}/fit", (Guid id, Guid partId, FitPart command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, PartId = partId, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.FitPart, nameof(FitPart), "Record an issued part as fitted, with its serial number when it is traceable; a fitted part cannot be returned (WO-11)");
        orders.MapPost("/{id:guid}/parts/{partId:guid}/returned-unused", (Guid id, Guid partId, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new ReturnUnusedPart { WorkOrderId = id, PartId = partId, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.ReturnUnusedPart, nameof(ReturnUnusedPart), "The Warehouse books an issued, unfitted part back on receipt; it is no longer billed or deposited (WO-11)");
        orders.MapPost("/{id:guid}/parts/{partId:guid}/old-part-returned", (Guid id, Guid partId, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new RecordOldPartReturned { WorkOrderId = id, PartId = partId, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.BookOldPartIn, nameof(RecordOldPartReturned), "Book the replaced part into the warehouse; releases its deposit, and an open receivable follows the balance (WO-11)");
        orders.MapPost("/{id:guid}/parts/{partId:guid}/waive-old-part", (Guid id, Guid partId, WaiveOldPartReturn command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, PartId = partId, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.WaiveOldPartReturn, nameof(WaiveOldPartReturn), "Excuse the replaced part's return, with a reason; releases its deposit (WO-11)");
        orders.MapPost("/{id:guid}/payments", (Guid id, RecordPayment command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.RecordPayment, nameof(RecordPayment), "Record money received from the customer, up to the balance (WO-12)");
        orders.MapPost("/{id:guid}/payments/{paymentId:guid}/remit", (Guid id, Guid paymentId, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new RemitPayment { WorkOrderId = id, PaymentId = paymentId, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.RemitPayment, nameof(RemitPayment), "Take in collected cash; cash not remitted by the end of its company day is flagged unremitted (WO-12)");
        orders.MapPost("/{id:guid}/refunds", (Guid id, RecordRefund command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { WorkOrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Action(WorkOrderAction.RecordRefund, nameof(RecordRefund), "Pay back to the customer what the order owes them (a paid deposit released, a paid part booked back unused), up to refundOwed (WO-11, WO-12)");
    }

    /// <summary>An order action's operation: authorized by its row of <see cref="WorkOrderActionAccess"/>.</summary>
    private static RouteHandlerBuilder Action(this RouteHandlerBuilder route, WorkOrderAction action, string operationId, string summary) =>
        route.RequireAuthorization(WorkOrderActionAccess.PolicyFor(action)).WithName(operationId).WithSummary(summary);
}
