using AfterSales.Domain.Complaints;
using static AfterSales.Domain.Tests.Scheduling.StateCouncil2026;

namespace AfterSales.Domain.Tests.Scheduling;

/// <summary>WO-7 (r2) on the 2026 schedule: the make-up days are worked, the holidays are not, for every count that uses the calendar.</summary>
public sealed class StateCouncil2026Tests
{
    private static readonly TimeSpan Urban = TimeSpan.FromHours(6);

    [Test]
    public void WO7_an_urban_order_received_friday_2026_02_13_1600_is_due_saturday_0214_1300()
    {
        // 1.5 h on Friday until 17:30, then 4.5 h on Saturday 14 February, a make-up working day, from 08:30.
        var deadline = Calendar.AddWorkingTime(InShanghai(2, 13, 16), Urban);

        Assert.That(deadline, Is.EqualTo(InShanghai(2, 14, 13)));
    }

    [Test]
    public void WO7_an_urban_order_received_saturday_2026_02_14_1600_is_due_tuesday_0224_1300()
    {
        // 1.5 h on the make-up Saturday, none in the nine-day Spring Festival 15..23 February, 4.5 h on Tuesday 24 February.
        var deadline = Calendar.AddWorkingTime(InShanghai(2, 14, 16), Urban);

        Assert.That(deadline, Is.EqualTo(InShanghai(2, 24, 13)));
    }

    [Test]
    public void WO7_an_appeal_window_crossing_the_spring_festival_counts_only_its_working_days()
    {
        // CP-8: 5 working days after Thursday 12 February: Friday 13, Saturday 14 (make-up), then after the holiday
        // Tuesday 24, Wednesday 25, Thursday 26. Weekdays alone would have ended it on Thursday 19 February.
        var policy = new ComplaintPolicy(50.00m, 500.00m, 90, AppealWorkingDays: 5, DecisionWorkingDays: 5, 3, 15, UpdateWorkingDays: 2, Calendar);

        Assert.That(policy.AppealDeadline(new DateOnly(2026, 2, 12)), Is.EqualTo(new DateOnly(2026, 2, 26)));
    }
}
