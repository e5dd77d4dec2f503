using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Pricing;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Pricing.SetLabourRate;

/// <summary>PR-1: Finance sets a service's labour rate per hour from a company day on (today or later).</summary>
public sealed record SetLabourRate(string Service, string Name, decimal? PerHour, DateOnly? EffectiveFrom) : ICommand<LabourRateResponse>;

public sealed class SetLabourRateValidator : AbstractValidator<SetLabourRate>
{
    public SetLabourRateValidator()
    {
        RuleFor(command => command.Service).NotEmpty().MaximumLength(LabourRate.ServiceMaxLength);
        RuleFor(command => command.Name).NotEmpty().MaximumLength(LabourRate.NameMaxLength);
        RuleFor(command => command.PerHour).NotNull().GreaterThanOrEqualTo(0).IsMoney();
        RuleFor(command => command.EffectiveFrom).NotNull();
    }
}

public sealed class SetLabourRateHandler(IAfterSalesDbContext db, ICurrentUser user, CompanyCalendar calendar, TimeProvider clock)
    : ICommandHandler<SetLabourRate, LabourRateResponse>
{
    public async ValueTask<LabourRateResponse> Handle(SetLabourRate command, CancellationToken cancellationToken)
    {
        var rate = LabourRate.Schedule(command.Service, command.Name, command.PerHour!.Value, command.EffectiveFrom!.Value, calendar.Today, user.UserName, clock);
        db.LabourRates.Add(rate);
        await db.SaveChangesAsync(cancellationToken);
        return LabourRateResponse.From(rate);
    }
}
