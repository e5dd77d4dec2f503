using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Customers;
using AfterSales.Application.Customers.Contacts;
using AfterSales.Application.Customers.EquipmentRegistration;
using AfterSales.Application.Customers.Get;
using AfterSales.Application.Customers.List;
using AfterSales.Application.Customers.Register;
using AfterSales.Application.Customers.Responsibility;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class CustomerEndpoints
{
    public static void MapCustomers(this RouteGroupBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers");

        customers.MapPost("/", Register).RequireAuthorization(Policies.DispatchDesk).WithName("RegisterCustomer")
            .WithSummary("Register a customer, optionally with equipment and a responsible technician (CU-1, TE-2)");
        customers.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.CustomerReaders).WithName("GetCustomer")
            .WithSummary("A customer card with its equipment");
        customers.MapGet("/", List).RequireAuthorization(Policies.CustomerReaders).WithName("ListCustomers")
            .WithSummary("Customers by zone and by part of their name or phone number");
        customers.MapPost("/{id:guid}/equipment", AddEquipment).RequireAuthorization(Policies.DispatchDesk).WithName("AddEquipment")
            .WithSummary("Add equipment to a customer (CU-1)");
        customers.MapPost("/{id:guid}/responsible-technician", AssignResponsibleTechnician).RequireAuthorization(Policies.DispatchDesk).WithName("AssignResponsibleTechnician")
            .WithSummary("Put the customer in an active technician's care (TE-2)");
        customers.MapPost("/{id:guid}/contacts", RecordContact).RequireAuthorization(Policies.DispatchDesk).WithName("RecordCheckUpContact")
            .WithSummary("Log a check-up call or visit (CU-4)");
    }

    private static async Task<Created<CustomerResponse>> Register(RegisterCustomer command, ISender sender, CancellationToken cancellationToken)
    {
        var customer = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/customers/{customer.Id}", customer);
    }

    private static async Task<Ok<CustomerResponse>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCustomer(id), cancellationToken));

    private static async Task<Ok<PagedList<CustomerResponse>>> List([AsParameters] ListCustomers query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    private static async Task<Ok<CustomerResponse>> AddEquipment(Guid id, AddEquipment command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command with { CustomerId = id, ExpectedVersion = ifMatch.ExpectedVersion }, cancellationToken));

    private static async Task<Ok<CustomerResponse>> AssignResponsibleTechnician(Guid id, AssignResponsibleTechnician command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command with { CustomerId = id, ExpectedVersion = ifMatch.ExpectedVersion }, cancellationToken));

    private static async Task<Ok<CustomerResponse>> RecordContact(Guid id, RecordContact command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command with { CustomerId = id, ExpectedVersion = ifMatch.ExpectedVersion }, cancellationToken));
}
