using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Security;
using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Scheduling;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.PartsOrders.OnAccount;

/// <summary>
/// PR-2, WO-12: the technician responsible for the customer, signed in as themselves, accepts the amount as a receivable
/// owed through them; the shipment is released. Anyone else is refused (403, as an appeal by someone else, CP-8).
/// </summary>
public sealed record AcceptPartsOrderOnAccount : ICommand<PartsOrderResponse>
{
    [JsonIgnore]
    public Guid OrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class AcceptPartsOrderOnAccountHandler(
    IAfterSalesDbContext db,
    PartsOrderResponses responses,
    WorkingCalendar calendar,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<AcceptPartsOrderOnAccount, PartsOrderResponse>
{
    public async ValueTask<PartsOrderResponse> Handle(AcceptPartsOrderOnAccount command, CancellationToken cancellationToken)
    {
        var order = await db.PartsOrders.LoadForChangeAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        var customer = await db.Customers.FirstOrDefaultAsync(candidate => candidate.Id == order.CustomerId, cancellationToken)
            ?? throw new NotFoundException(nameof(Customer), order.CustomerId);
        if (user.TechnicianId is not { } technicianId || (customer.ResponsibleTechnicianId is { } responsible && responsible != technicianId))
        {
            throw new ForbiddenException($"PR-2: only the technician responsible for the customer of {order.Number}, signed in as themselves, takes it on account.");
        }

        db.Receivables.Add(order.AcceptOnAccount(customer, technicianId, calendar, clock));
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
