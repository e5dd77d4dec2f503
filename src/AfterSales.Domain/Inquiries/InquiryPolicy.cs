using AfterSales.Domain.Scheduling;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Inquiries;

/// <summary>
/// The numbers of IQ-1 [Sla:Inquiry]: the working time to a first response by channel, counted on the company's working
/// calendar (WO-7, the one work orders' arrival clock counts in), and the collection runs a working day needs.
/// </summary>
public sealed class InquiryPolicy(IReadOnlyDictionary<Channel, TimeSpan> firstResponseWorkingTime, int minimumCollectionRunsPerDay, WorkingCalendar calendar)
{
    /// <summary>The channels collected in runs (someone checks the mailbox and the web form), not answered as they come in.</summary>
    public static readonly IReadOnlyList<Channel> CollectedChannels = [Channel.Email, Channel.WebForm];

    public WorkingCalendar Calendar => calendar;

    public int MinimumCollectionRunsPerDay => minimumCollectionRunsPerDay;

    public DateTimeOffset FirstResponseDeadline(Channel channel, DateTimeOffset receivedAt) =>
        calendar.AddWorkingTime(receivedAt, firstResponseWorkingTime[channel]);

    /// <summary>IQ-1: the working days from <paramref name="from"/> to <paramref name="to"/> with fewer collection runs than required, with their counts.</summary>
    public IEnumerable<(DateOnly Date, int Runs)> ShortCollectionDays(DateOnly from, DateOnly to, IEnumerable<DateTimeOffset> runs)
    {
        var runsByDay = runs.CountBy(calendar.LocalDate).ToDictionary();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var count = runsByDay.GetValueOrDefault(date);
            if (calendar.IsWorkingDay(date) && count < minimumCollectionRunsPerDay)
            {
                yield return (date, count);
            }
        }
    }
}
