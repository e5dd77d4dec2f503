using System.Text.Json;
using AfterSales.Domain.ServiceLevels;

namespace AfterSales.Application.WorkOrders;

/// <summary>
/// WO-6: one service-level clock as <c>GET /work-orders/{id}/sla</c> shows it; <c>clock</c> is dispatch, contact, plan,
/// arrival, resolution or followUp. A reopened order shows a clock of a name once per <c>round</c> it ran (WO-13 r2).
/// </summary>
public sealed record SlaClockResponse(string Clock, DateTimeOffset? StartedAt, DateTimeOffset? Deadline, DateTimeOffset? StoppedAt, SlaState State)
{
    /// <summary>WO-13 (r2): 1 for the first run of the clock, one more after each reopening that ran it again.</summary>
    public int Round { get; init; } = 1;

    /// <summary>WO-6 (r2): the arrival clock before a method is chosen: it turns overdue but is not breached.</summary>
    public bool Provisional { get; init; }

    /// <summary>How a clock is named in the response: <c>followUp</c> for <see cref="SlaClockName.FollowUp"/>.</summary>
    public static string NameOf(SlaClockName clock) => JsonNamingPolicy.CamelCase.ConvertName(clock.ToString());
}
