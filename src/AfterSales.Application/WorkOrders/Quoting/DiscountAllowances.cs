using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Pricing;
using AfterSales.Domain.WorkOrders;
using Dapper;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Quoting;

/// <summary>
/// WO-12 (r2): what discount a technician may still give on their own in the ISO week (company time) of an instant:
/// the limits, and how many of their discounted quotes were accepted that week, on any order.
/// </summary>
public sealed class DiscountAllowances(IReadDatabase reads, CompanyCalendar calendar, IOptions<PricingOptions> options)
{
    private const string Sql = """
        SELECT count(*)::int FROM aftersales.work_order_quotes
        WHERE technician_id = @technicianId AND discount_percent > 0 AND accepted_at >= @from AND accepted_at < @to;
        """;

    public async Task<DiscountAllowance> InWeekOfAsync(Guid technicianId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, calendar.TimeZone).DateTime);
        var monday = DiscountAllowance.WeekStart(day);
        var (from, to) = (StartOf(monday), StartOf(monday.AddDays(7)));
        var given = await reads.ReadAsync(
            connection => connection.ExecuteScalarAsync<int>(new CommandDefinition(Sql, new { technicianId, from, to }, cancellationToken: cancellationToken)),
            cancellationToken);
        return new DiscountAllowance(options.Value.MaxDiscountPercent, options.Value.DiscountsPerWeek, given);
    }

    private DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, calendar.TimeZone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
