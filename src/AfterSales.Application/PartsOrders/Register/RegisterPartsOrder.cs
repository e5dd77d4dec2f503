using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Validation;
using AfterSales.Application.Pricing;
using AfterSales.Domain.PartsOrders;
using AfterSales.Domain.Pricing;
using AfterSales.Domain.Scheduling;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.PartsOrders.Register;

/// <summary>
/// PR-2: a customer on file buys parts without a repair. Each line takes the price list's price in force today (PR-1);
/// <see cref="PartsOrderLineInput.UnitPrice"/> differing from it needs <see cref="PartsOrderLineInput.PriceReason"/>, and a
/// part off the list needs its name, price and a reason.
/// </summary>
public sealed record RegisterPartsOrder(Guid CustomerId, IReadOnlyList<PartsOrderLineInput> Lines, string? ShippingAddress, string? Note)
    : ICommand<PartsOrderResponse>;

public sealed record PartsOrderLineInput(string PartNumber, int Quantity, decimal? UnitPrice = null, string? PriceReason = null, string? Name = null);

public sealed class RegisterPartsOrderValidator : AbstractValidator<RegisterPartsOrder>
{
    public RegisterPartsOrderValidator()
    {
        RuleFor(command => command.CustomerId).NotEmpty();
        RuleFor(command => command.Lines).NotEmpty().Must(lines => lines is null || lines.Count <= PartsOrder.MaxLines)
            .WithMessage($"An order has at most {PartsOrder.MaxLines} lines.");
        RuleForEach(command => command.Lines).NotNull().ChildRules(line =>
        {
            line.RuleFor(l => l.PartNumber).NotEmpty().MaximumLength(PartPrice.PartNumberMaxLength);
            line.RuleFor(l => l.Quantity).InclusiveBetween(1, 10_000);
            line.RuleFor(l => l.UnitPrice).GreaterThanOrEqualTo(0).IsMoney();
            line.RuleFor(l => l.PriceReason).MaximumLength(PartPricing.PriceReasonMaxLength);
            line.RuleFor(l => l.Name).MaximumLength(PartPrice.NameMaxLength);
        });
        RuleFor(command => command.ShippingAddress).MaximumLength(PartsOrder.AddressMaxLength);
        RuleFor(command => command.Note).MaximumLength(PartsOrder.NoteMaxLength);
    }
}

public sealed class RegisterPartsOrderHandler(
    IAfterSalesDbContext db,
    IPartsOrderNumbers numbers,
    PriceList priceList,
    WorkingCalendar calendar,
    PartsOrderResponses responses,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<RegisterPartsOrder, PartsOrderResponse>
{
    public async ValueTask<PartsOrderResponse> Handle(RegisterPartsOrder command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(candidate => candidate.Id == command.CustomerId, cancellationToken)
            ?? throw Reference.Unknown("customerId", "customer", command.CustomerId);
        var today = calendar.LocalDate(clock.GetUtcNow());
        var lines = new List<PartsOrderLineRequest>();
        foreach (var line in command.Lines)
        {
            var inForce = await priceList.PartInForceAsync(line.PartNumber, today, cancellationToken);
            lines.Add(new PartsOrderLineRequest(line.PartNumber, line.Name, line.Quantity, line.UnitPrice, line.PriceReason, inForce));
        }

        var number = await numbers.NextAsync(today, cancellationToken);
        var order = PartsOrder.Register(number, customer, lines, command.ShippingAddress, command.Note, user.UserName, calendar, clock);
        db.PartsOrders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
