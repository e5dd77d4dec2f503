using AfterSales.Application.Common.Time;
using AfterSales.Application.WorkOrders;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AfterSales.Infrastructure.WorkOrders;

/// <summary>
/// WO-7 counts deadlines in working hours. A year whose public holidays are not listed counts Spring Festival as
/// working days, so clocks breach that were not late and assessments pay for it. The list is published a year at a
/// time, so /health/ready reports Degraded (still 200: the API works) from
/// <see cref="WorkingHoursOptions.HolidayWarningDays"/> before such a year until its holidays are configured.
/// </summary>
internal sealed class HolidayListCoverage(IOptions<SlaOptions> sla, CompanyCalendar calendar) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var years = sla.Value.WorkingHours.YearsWithoutHolidays(calendar.Today);
        return Task.FromResult(years.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded(
                $"Sla:WorkingHours:Holidays lists no public holiday in {string.Join(", ", years)}: add the official schedule (and its make-up working days) before SLA deadlines reach it."));
    }
}
