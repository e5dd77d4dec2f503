using System.ComponentModel.DataAnnotations;
using AfterSales.Domain.Inquiries;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.Inquiries;

/// <summary>[Sla:Inquiry] — the numbers of IQ-1.</summary>
public sealed class InquiryOptions
{
    public const string Section = "Sla:Inquiry";

    /// <summary>
    /// IQ-1: working minutes to the first response, by channel: 30 for a caller on the line or at the counter, 2 hours for
    /// e-mail and the web form, and for a salesperson's relay, which waits in a queue as an e-mail does.
    /// </summary>
    public Dictionary<Channel, int> FirstResponseWorkingMinutes { get; set; } = new()
    {
        [Channel.Phone] = 30,
        [Channel.WalkIn] = 30,
        [Channel.Email] = 120,
        [Channel.WebForm] = 120,
        [Channel.Salesperson] = 120,
    };

    /// <summary>IQ-1: a working day with fewer collection runs of e-mail and web inquiries than this is listed.</summary>
    [Range(1, 24)]
    public int MinimumCollectionRunsPerDay { get; set; } = 2;

    /// <summary>Every channel has a first-response time of a minute to five working days.</summary>
    public bool FirstResponseTimesAreValid =>
        Enum.GetValues<Channel>().All(channel => FirstResponseWorkingMinutes.GetValueOrDefault(channel) is >= 1 and <= 2700);

    public InquiryPolicy Policy(WorkingCalendar calendar) =>
        new(
            Enum.GetValues<Channel>().ToDictionary(channel => channel, channel => TimeSpan.FromMinutes(FirstResponseWorkingMinutes[channel])),
            MinimumCollectionRunsPerDay,
            calendar);
}
