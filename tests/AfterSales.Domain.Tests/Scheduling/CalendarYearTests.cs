using AfterSales.Domain.Common;
using AfterSales.Domain.Scheduling;
using static AfterSales.Domain.Tests.Scheduling.StateCouncil2026;

namespace AfterSales.Domain.Tests.Scheduling;

/// <summary>WO-7 (r2): a year's holidays and make-up working days, replaced whole by an Admin.</summary>
public sealed class CalendarYearTests
{
    private static readonly WorkingCalendar Week = WorkingCalendar.Standard(Shanghai, [], []);
    private static readonly DateOnly NewYear2027 = new(2027, 1, 1);
    private static readonly DateOnly Saturday2027 = new(2027, 1, 9);

    private readonly TestClock clock = new(InShanghai(11, 16, 10));

    private CalendarYear Listed2026()
    {
        var year = CalendarYear.Unlisted(2026);
        year.Replace(Holidays, MakeUpWorkingDays, Week, clock);
        return year;
    }

    [Test]
    public void WO7_a_year_holds_exactly_the_days_it_was_given_in_date_order()
    {
        var year = Listed2026();

        Assert.Multiple(() =>
        {
            Assert.That(year.Holidays, Is.EqualTo(Holidays));
            Assert.That(year.MakeUpWorkingDays, Is.EqualTo(MakeUpWorkingDays));
            Assert.That(year.DomainEvents.OfType<WorkingCalendarChanged>().Single().Year, Is.EqualTo(2026));
        });
    }

    [Test]
    public void WO7_replacing_a_year_keeps_the_days_it_still_lists_and_drops_the_others()
    {
        var year = Listed2026();
        var nationalDay = year.Days.Single(day => day.Date == new DateOnly(2026, 10, 1));

        year.Replace([new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)], [], Week, clock);

        Assert.Multiple(() =>
        {
            Assert.That(year.Holidays, Is.EqualTo(new[] { new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31) }));
            Assert.That(year.MakeUpWorkingDays, Is.Empty);
            Assert.That(year.Days, Does.Contain(nationalDay), "the same row, so the audit trail shows only what changed");
        });
    }

    [Test]
    public void WO7_a_date_of_another_year_is_refused_naming_it()
    {
        var year = CalendarYear.Unlisted(2027);

        var refused = Assert.Throws<InvalidInputException>(() => year.Replace([NewYear2027, new DateOnly(2026, 12, 31)], [], Week, clock));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Field, Is.EqualTo("holidays[1]"));
            Assert.That(refused.Message, Does.Contain("not in 2027"));
            Assert.That(year.Days, Is.Empty);
        });
    }

    [Test]
    public void WO7_a_day_listed_twice_is_refused()
    {
        var refused = Assert.Throws<InvalidInputException>(() => CalendarYear.Unlisted(2027).Replace([], [Saturday2027, Saturday2027], Week, clock));

        Assert.That(refused!.Field, Is.EqualTo("makeUpWorkingDays[1]"));
    }

    [Test]
    public void WO7_a_day_both_holiday_and_make_up_day_is_refused()
    {
        var refused = Assert.Throws<InvalidInputException>(() => CalendarYear.Unlisted(2027).Replace([Saturday2027], [Saturday2027], Week, clock));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Field, Is.EqualTo("makeUpWorkingDays[0]"));
            Assert.That(refused.Message, Does.Contain("both a holiday and an extra working day"));
        });
    }

    [Test]
    public void WO7_a_make_up_day_on_a_day_the_week_already_works_is_refused()
    {
        // Friday 8 January 2027.
        var refused = Assert.Throws<InvalidInputException>(() => CalendarYear.Unlisted(2027).Replace([], [new DateOnly(2027, 1, 8)], Week, clock));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Field, Is.EqualTo("makeUpWorkingDays[0]"));
            Assert.That(refused.Message, Does.Contain("Friday, which is already a working day"));
        });
    }
}
