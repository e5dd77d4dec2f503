using System.ComponentModel.DataAnnotations;
using AfterSales.Domain.Customers;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.WorkOrders;

/// <summary>[Sla] — the service-level numbers of WO-5..WO-8, WO-17, WO-19 and the working calendar of WO-7.</summary>
public sealed class SlaOptions
{
    public const string Section = "Sla";

    [Range(1, 720)]
    public double DispatchHours { get; set; } = 12;

    [Range(1, 720)]
    public double ContactHours { get; set; } = 12;

    [Range(1, 720)]
    public double PlanHours { get; set; } = 24;

    [Range(1, 2160)]
    public double ResolutionHours { get; set; } = 72;

    [Range(1, 720)]
    public double FollowUpHours { get; set; } = 24;

    /// <summary>WO-6: working hours to arrive on site, by zone; Remote is the contract's figure.</summary>
    public Dictionary<Zone, double> ArrivalWorkingHours { get; set; } = new()
    {
        [Zone.Urban] = 6,
        [Zone.Suburban] = 7,
        [Zone.Remote] = 16,
    };

    /// <summary>WO-5: arriving later than this after the appointment window opens is a late arrival.</summary>
    [Range(0, 240)]
    public int AppointmentGraceMinutes { get; set; } = 30;

    /// <summary>WO-16: a step's field time may be this far ahead of the server's clock (a phone's clock runs a little fast).</summary>
    [Range(0, 60)]
    public int ClockSkewMinutes { get; set; } = 5;

    /// <summary>WO-17: an overdue field clock is breached when its step has not arrived this long after the deadline.</summary>
    [Range(0, 168)]
    public double FieldSyncGraceHours { get; set; } = 12;

    /// <summary>WO-19: a salesperson's order registered more than this many hours after they heard of the fault was forwarded late.</summary>
    [Range(0, 168)]
    public double SalesForwardHours { get; set; } = 12;

    /// <summary>WO-8: a running clock whose deadline is this close is "at risk".</summary>
    [Range(0.25, 48)]
    public double AtRiskHours { get; set; } = 2;

    /// <summary>WO-20 (r2): a visit whose window opens this soon and is not reconfirmed is due for reconfirmation.</summary>
    [Range(5, 1440)]
    public int ReconfirmMinutes { get; set; } = 30;

    /// <summary>How often the sweeper looks for overdue clocks; 0 turns it off.</summary>
    [Range(0, 3600)]
    public int SweepIntervalSeconds { get; set; } = 60;

    [Required]
    public WorkingHoursOptions WorkingHours { get; set; } = new();

    public SlaTerms Terms() => new(
        TimeSpan.FromHours(DispatchHours),
        TimeSpan.FromHours(ContactHours),
        TimeSpan.FromHours(PlanHours),
        TimeSpan.FromHours(ResolutionHours),
        TimeSpan.FromHours(FollowUpHours),
        Enum.GetValues<Zone>().ToDictionary(zone => zone, zone => TimeSpan.FromHours(ArrivalWorkingHours[zone])),
        TimeSpan.FromMinutes(AppointmentGraceMinutes),
        TimeSpan.FromHours(FieldSyncGraceHours))
    {
        SalesForward = TimeSpan.FromHours(SalesForwardHours),
    };
}
