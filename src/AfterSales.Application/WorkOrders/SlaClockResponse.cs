using System.Text.Json;
using AfterSales.Domain.ServiceLevels;

namespace AfterSales.Application.WorkOrders;

/// <summary>WO-6: one service-level clock as <c>GET /work-orders/{id}/sla</c> shows it; <c>clock</c> is dispatch, contact, plan, arrival, resolution or followUp.</summary>
public sealed record SlaClockResponse(string Clock, DateTimeOffset? StartedAt, DateTimeOffset? Deadline, DateTimeOffset? StoppedAt, SlaState State)
{
    /// <summary>How a clock is named in the response: <c>followUp</c> for <see cref="SlaClockName.FollowUp"/>.</summary>
    public static string NameOf(SlaClockName clock) => JsonNamingPolicy.CamelCase.ConvertName(clock.ToString());
}
