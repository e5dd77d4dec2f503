using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Time;
using AfterSales.Application.WorkOrders;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AfterSales.Infrastructure.WorkOrders;

/// <summary>
/// WO-7 counts deadlines in working hours. A year whose public holidays are not listed counts Spring Festival as
/// working days, so clocks breach that were not late and assessments pay for it. The list is published a year at a
/// time, so /health/ready reports Degraded (still 200: the API works) from
/// <see cref="WorkingHoursOptions.HolidayWarningDays"/> before such a year until an Admin lists its holidays.
/// </summary>
internal sealed class HolidayListCoverage(IOptions<SlaOptions> sla, CompanyCalendar calendar, IWorkingCalendars calendars) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var years = sla.Value.WorkingHours.YearsWithoutHolidays(calendar.Today, calendars.YearsWithHolidays);
        return Task.FromResult(years.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded(
                $"The working calendar lists no public holiday in {string.Join(", ", years)}: PUT the official schedule (and its make-up working days) to /api/v1/calendar/{years[0]} before SLA deadlines reach it."));
    }
}
