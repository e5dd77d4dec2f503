using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Pricing;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Pricing.SetPartPrice;

/// <summary>PR-1: Finance sets a part's unit price from a company day on (today or later); the lines before it stay as they were.</summary>
public sealed record SetPartPrice(string PartNumber, string Name, decimal? UnitPrice, string ProductLine, bool? HasRecoveryValue, DateOnly? EffectiveFrom)
    : ICommand<PartPriceResponse>;

public sealed class SetPartPriceValidator : AbstractValidator<SetPartPrice>
{
    public SetPartPriceValidator()
    {
        RuleFor(command => command.PartNumber).NotEmpty().MaximumLength(PartPrice.PartNumberMaxLength);
        RuleFor(command => command.Name).NotEmpty().MaximumLength(PartPrice.NameMaxLength);
        RuleFor(command => command.UnitPrice).NotNull().GreaterThanOrEqualTo(0).IsMoney();
        RuleFor(command => command.ProductLine).NotEmpty().MaximumLength(PartPrice.ProductLineMaxLength);
        RuleFor(command => command.HasRecoveryValue).NotNull();
        RuleFor(command => command.EffectiveFrom).NotNull();
    }
}

public sealed class SetPartPriceHandler(IAfterSalesDbContext db, ICurrentUser user, CompanyCalendar calendar, TimeProvider clock)
    : ICommandHandler<SetPartPrice, PartPriceResponse>
{
    public async ValueTask<PartPriceResponse> Handle(SetPartPrice command, CancellationToken cancellationToken)
    {
        var price = PartPrice.Schedule(
            command.PartNumber,
            command.Name,
            command.UnitPrice!.Value,
            command.ProductLine,
            command.HasRecoveryValue!.Value,
            command.EffectiveFrom!.Value,
            calendar.Today,
            user.UserName,
            clock);
        db.PartPrices.Add(price);
        await db.SaveChangesAsync(cancellationToken);
        return PartPriceResponse.From(price);
    }
}
