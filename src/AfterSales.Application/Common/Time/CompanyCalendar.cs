using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Common.Time;

/// <summary>[Company] — where the company works; dates such as "today" are the company's dates.</summary>
public sealed class CompanyOptions
{
    public const string Section = "Company";

    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";
}

/// <summary>Turns the instant <see cref="TimeProvider"/> gives into the company's local calendar.</summary>
public sealed class CompanyCalendar(TimeProvider clock, IOptions<CompanyOptions> options)
{
    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZone).DateTime);
}
