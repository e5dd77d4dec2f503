using AfterSales.Application.Abstractions;
using AfterSales.Application.Assessments;
using AfterSales.Domain.Assessments;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using static AfterSales.Domain.Returns.ReturnRate;

namespace AfterSales.Application.Reports.ReturnRate;

/// <summary>
/// RX-4: per product model and delivery month from <see cref="From"/> to <see cref="To"/> (<c>yyyy-MM</c>, both included),
/// the items delivered that month (returned ones included), how many of them came back with a completed return, and
/// the rate. A return counts in its item's delivery month, so each month's rate follows one cohort of deliveries.
/// </summary>
public sealed record GetReturnRateReport(string? From, string? To) : IQuery<ReturnRateReport>
{
    /// <summary>Two years at most, so one request cannot scan the company's entire history.</summary>
    public const int MaxMonths = 24;
}

public sealed record ReturnRateReport(string From, string To, IReadOnlyList<ReturnRateRow> Rows);

/// <summary>One model's deliveries of one month (<c>2026-03</c>): <see cref="RatePercent"/> = returned ÷ delivered × 100, 2 places.</summary>
public sealed record ReturnRateRow(string Model, string Month, int Delivered, int Returned, decimal RatePercent);

public sealed class GetReturnRateReportValidator : AbstractValidator<GetReturnRateReport>
{
    public GetReturnRateReportValidator()
    {
        RuleFor(query => query.From).NotNull().IsAssessmentMonth();
        RuleFor(query => query.To).NotNull().IsAssessmentMonth();
        RuleFor(query => query.To)
            .Must((query, to) => to.ParsedMonth() >= query.From.ParsedMonth()).WithMessage("to is on or after from.")
            .Must((query, to) => MonthsBetween(query.From.ParsedMonth()!.Value, to.ParsedMonth()!.Value) < GetReturnRateReport.MaxMonths)
            .WithMessage($"A report covers at most {GetReturnRateReport.MaxMonths} months.")
            .When(query => query.From.ParsedMonth() is not null && query.To.ParsedMonth() is not null);
    }

    private static int MonthsBetween(AssessmentMonth from, AssessmentMonth to) => ((to.Year - from.Year) * 12) + to.Number - from.Number;
}

public sealed class GetReturnRateReportHandler(IAfterSalesDbContext db) : IQueryHandler<GetReturnRateReport, ReturnRateReport>
{
    public async ValueTask<ReturnRateReport> Handle(GetReturnRateReport query, CancellationToken cancellationToken)
    {
        var (firstDay, lastDay) = (query.From.ParsedMonth()!.Value.FirstDay, query.To.ParsedMonth()!.Value.LastDay);
        var delivered = db.Equipment.Where(equipment => equipment.DeliveryDate >= firstDay && equipment.DeliveryDate <= lastDay);

        var deliveries = await delivered
            .GroupBy(equipment => new { equipment.Model, equipment.DeliveryDate.Year, equipment.DeliveryDate.Month })
            .Select(cohort => new { cohort.Key.Model, cohort.Key.Year, cohort.Key.Month, Count = cohort.Count() })
            .ToListAsync(cancellationToken);
        var returns = await db.ReturnRequests.AsNoTracking().Where(CompletedReturn)
            .Join(delivered, request => request.EquipmentId, equipment => equipment.Id, (_, equipment) => equipment)
            .GroupBy(equipment => new { equipment.Model, equipment.DeliveryDate.Year, equipment.DeliveryDate.Month })
            .Select(cohort => new { cohort.Key.Model, cohort.Key.Year, cohort.Key.Month, Count = cohort.Count() })
            .ToListAsync(cancellationToken);

        var returned = returns.ToDictionary(cohort => (cohort.Model, cohort.Year, cohort.Month), cohort => cohort.Count);
        var rows = deliveries
            .Select(cohort =>
            {
                var back = returned.GetValueOrDefault((cohort.Model, cohort.Year, cohort.Month));
                return new ReturnRateRow(cohort.Model, AssessmentMonth.Of(cohort.Year, cohort.Month).ToString(), cohort.Count, back, Percent(back, cohort.Count));
            })
            .OrderBy(row => row.Model, StringComparer.OrdinalIgnoreCase)
            .ThenBy(row => row.Month, StringComparer.Ordinal)
            .ToList();
        return new ReturnRateReport(query.From!, query.To!, rows);
    }
}
