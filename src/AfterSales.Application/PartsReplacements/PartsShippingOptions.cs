using System.ComponentModel.DataAnnotations;
using AfterSales.Domain.PartsReplacements;
using AfterSales.Domain.Scheduling;

namespace AfterSales.Application.PartsReplacements;

/// <summary>[PartsShipping] — the numbers of PS-1: calendar hours, public holidays not counted.</summary>
public sealed class PartsShippingOptions
{
    public const string Section = "PartsShipping";

    /// <summary>PS-1: a named person takes the request and tells the customer the plan within this many hours.</summary>
    [Range(1, 720)]
    public int RespondHours { get; set; } = 24;

    /// <summary>PS-1: the part is shipped (PR-3) within this many hours of the request.</summary>
    [Range(1, 720)]
    public int ShipHours { get; set; } = 48;

    /// <summary>The plan is told before the part leaves, so its deadline cannot come later.</summary>
    public bool RespondsBeforeShipping => RespondHours <= ShipHours;

    public PartsShippingPolicy Policy(WorkingCalendar calendar) =>
        new(TimeSpan.FromHours(RespondHours), TimeSpan.FromHours(ShipHours), calendar);
}
