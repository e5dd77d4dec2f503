using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Time;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.Quoting;

/// <summary>A discount on a quote: a percentage of its total, and why (WO-12 r2).</summary>
public sealed record DiscountRequest(decimal Percent, string Reason);

/// <summary>
/// WO-12 (r2): a new version of the fee, labour and parts priced from the list in force today (PR-1), with an optional
/// discount; accepted at once when the customer's name is given, else left for <see cref="AcceptQuote"/>.
/// </summary>
public sealed record RecordQuote(
    IReadOnlyList<LabourLineRequest>? Labour,
    IReadOnlyList<PartLineRequest>? Parts,
    DiscountRequest? Discount,
    string? AcceptedBy,
    DateTimeOffset? AcceptedAt) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RecordQuoteValidator : AbstractValidator<RecordQuote>
{
    public RecordQuoteValidator()
    {
        RuleFor(command => LineCount(command))
            .InclusiveBetween(1, 100)
            .OverridePropertyName("lines")
            .WithMessage("A quote has 1 to 100 labour and part lines.");
        RuleForEach(command => command.Labour).NotNull().ChildRules(line =>
        {
            line.RuleFor(l => l.Service).NotEmpty().MaximumLength(50);
            line.RuleFor(l => l.Hours).GreaterThan(0).LessThanOrEqualTo(QuoteLine.MaxHours)
                .Must(hours => hours % QuoteLine.HourStep == 0).WithMessage("Hours are quoted in quarter hours (0.25).");
            line.RuleFor(l => l.PerHour).GreaterThanOrEqualTo(0).PrecisionScale(12, 2, ignoreTrailingZeros: true);
            line.RuleFor(l => l.PriceReason).MaximumLength(QuoteLine.ReasonMaxLength);
        });
        RuleForEach(command => command.Parts).NotNull().ChildRules(line =>
        {
            line.RuleFor(l => l.PartNumber).NotEmpty().MaximumLength(50);
            line.RuleFor(l => l.Quantity).InclusiveBetween(1, Part.MaxQuantity);
            line.RuleFor(l => l.UnitPrice).GreaterThanOrEqualTo(0).PrecisionScale(12, 2, ignoreTrailingZeros: true);
            line.RuleFor(l => l.PriceReason).MaximumLength(QuoteLine.ReasonMaxLength);
        });
        RuleFor(command => command.Discount!).ChildRules(discount =>
        {
            discount.RuleFor(d => d.Percent).GreaterThan(0).LessThanOrEqualTo(100).PrecisionScale(5, 2, ignoreTrailingZeros: true);
            discount.RuleFor(d => d.Reason).NotEmpty().MaximumLength(QuoteLine.ReasonMaxLength);
        }).When(command => command.Discount is not null);
        RuleFor(command => command.AcceptedBy).NotEmpty().MaximumLength(100).When(command => command.AcceptedBy is not null || command.AcceptedAt is not null);
    }

    private static int LineCount(RecordQuote command) => (command.Labour?.Count ?? 0) + (command.Parts?.Count ?? 0);
}

public sealed class RecordQuoteHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    QuotePricing pricing,
    DiscountAllowances discounts,
    ICurrentUser user,
    CompanyCalendar calendar,
    TimeProvider clock)
    : ICommandHandler<RecordQuote, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(RecordQuote command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        var today = calendar.Today;
        var lines = await pricing.LinesAsync(command.Labour ?? [], command.Parts ?? [], today, cancellationToken);
        var acceptance = command.AcceptedBy is { } acceptedBy ? new CustomerAcceptance(acceptedBy, command.AcceptedAt ?? clock.GetUtcNow()) : null;
        var allowance = await discounts.InWeekOfAsync(order.TechnicianId ?? Guid.Empty, acceptance?.AcceptedAt ?? clock.GetUtcNow(), cancellationToken);
        order.ProposeQuote(lines, command.Discount?.Percent ?? 0m, command.Discount?.Reason, today, allowance, user.UserName, clock, acceptance);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
