using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Customers;
using AfterSales.Application.Customers.Contacts;
using AfterSales.Application.Customers.Corrections;
using AfterSales.Application.Customers.EquipmentRegistration;
using AfterSales.Application.Customers.Get;
using AfterSales.Application.Customers.List;
using AfterSales.Application.Customers.Register;
using AfterSales.Application.Customers.Responsibility;
using AfterSales.Application.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class CustomerEndpoints
{
    public static void MapCustomers(this RouteGroupBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers");

        customers.MapPost("/", async Task<Created<CustomerResponse>> (RegisterCustomer command, ISender sender, CancellationToken cancellationToken) =>
            {
                var customer = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"/api/v1/customers/{customer.Id}", customer);
            })
            .RequireAuthorization(Policies.DispatchDesk).WithName(nameof(RegisterCustomer))
            .WithSummary("Register a customer, optionally with equipment and a responsible technician (CU-1, TE-2)");
        customers.MapGet("/{id:guid}", async Task<Ok<CustomerResponse>> (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetCustomer(id), cancellationToken)))
            .RequireAuthorization(Policies.CustomerCard).WithName(nameof(GetCustomer))
            .WithSummary("A customer card with its equipment (a technician: only the customers they serve, WO-21)");
        customers.MapGet("/", async Task<Ok<PagedList<CustomerResponse>>> ([AsParameters] ListCustomers query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.CustomerReaders).WithName(nameof(ListCustomers)).WithSummary("Customers by zone and by part of their name or phone number");

        customers.MapPatch("/{id:guid}", (Guid id, CorrectCustomer patch, RequiredIfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(patch with { CustomerId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Accepts<CorrectCustomer>(MergePatchJson.MediaType)
            .RequireAuthorization(Policies.DispatchDesk).WithName(nameof(CorrectCustomer))
            .WithSummary("Correct the customer's name, phone, address or zone: a JSON merge patch with If-Match (CU-1 r2)");
        customers.MapPost("/{id:guid}/equipment", (Guid id, AddEquipment command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { CustomerId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.DispatchDesk).WithName(nameof(AddEquipment)).WithSummary("Add equipment to a customer (CU-1)");
        customers.MapPatch("/{id:guid}/equipment/{equipmentId:guid}", (Guid id, Guid equipmentId, CorrectEquipment patch, RequiredIfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(patch with { CustomerId = id, EquipmentId = equipmentId, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .Accepts<CorrectEquipment>(MergePatchJson.MediaType)
            .RequireAuthorization(Policies.DispatchDesk).WithName(nameof(CorrectEquipment))
            .WithSummary("Correct a machine's dates, contract arrival hours or (before any work order) serial number: a JSON merge patch with the card's If-Match (CU-1 r2, WO-6 r2)");
        customers.MapPost("/{id:guid}/responsible-technician", (Guid id, AssignResponsibleTechnician command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { CustomerId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.DispatchDesk).WithName(nameof(AssignResponsibleTechnician)).WithSummary("Put the customer in an active technician's care (TE-2)");
        customers.MapPost("/{id:guid}/contacts", (Guid id, RecordContact command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { CustomerId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.DispatchDesk).WithName("RecordCheckUpContact").WithSummary("Log a check-up call or visit (CU-4)");
    }
}
