using AfterSales.Domain.Scheduling;

namespace AfterSales.Application.Abstractions;

/// <summary>
/// WO-7 (r2): the working calendar as the database holds it now, the configured week with every year's holidays and
/// make-up working days. Kept in memory, since every deadline needs it, and reloaded whenever any instance changes it.
/// </summary>
public interface IWorkingCalendars
{
    /// <summary>The calendar to count with now; a deadline computed after a change committed uses the change.</summary>
    WorkingCalendar Current { get; }

    /// <summary>The years that list at least one public holiday.</summary>
    IReadOnlySet<int> YearsWithHolidays { get; }

    /// <summary>Reads the calendar again, e.g. right after this instance changed it.</summary>
    Task ReloadAsync(CancellationToken cancellationToken);
}
