using AfterSales.Application.Security;
using AfterSales.Application.WorkOrders.Payments;
using AfterSales.Application.WorkOrders.Refunds;
using AfterSales.Api.Auth;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class PaymentEndpoints
{
    public static void MapPayments(this RouteGroupBuilder api)
    {
        var payments = api.MapGroup("/payments").WithTags("Payments").RequireAuthorization(Policies.PaymentListReaders);

        payments.MapGet("/unremitted-cash", ListUnremittedCash).WithName("ListUnremittedCash")
            .WithSummary("Cash not yet remitted to Finance across all orders, oldest first, by the technician who collected it, with totals per technician (WO-12)");
        payments.MapGet("/refunds-owed", ListRefundsOwed).WithName("ListRefundsOwed")
            .WithSummary("Money owed back to customers (a paid deposit released, a paid part booked back unused), one row per order, oldest first, with the total (WO-11, WO-12)");
    }

    private static async Task<Ok<UnremittedCashList>> ListUnremittedCash([AsParameters] ListUnremittedCash query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    private static async Task<Ok<RefundsOwedList>> ListRefundsOwed([AsParameters] ListRefundsOwed query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
