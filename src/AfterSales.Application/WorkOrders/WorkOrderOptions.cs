using System.ComponentModel.DataAnnotations;

namespace AfterSales.Application.WorkOrders;

/// <summary>[WorkOrders] — lifecycle numbers that are not service-level clocks.</summary>
public sealed class WorkOrderOptions
{
    public const string Section = "WorkOrders";

    /// <summary>A closed order can be reopened for this many days.</summary>
    [Range(0, 365)]
    public int ReopenWindowDays { get; set; } = 30;
}
