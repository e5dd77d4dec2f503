using System.Linq.Expressions;
using AfterSales.Domain.ServiceLevels;

namespace AfterSales.Domain.Inquiries;

/// <summary>IQ-1's list of late first responses as a filter the store can run, the same test as <see cref="Inquiry.IsFirstResponseLate"/>.</summary>
public static class InquiryRules
{
    public static Expression<Func<Inquiry, bool>> FirstResponseLate(DateTimeOffset now) =>
        inquiry => inquiry.WorstClockState == SlaState.Breached || inquiry.NextClockDeadline < now;

    public static Expression<Func<Inquiry, bool>> FirstResponseNotLate(DateTimeOffset now) =>
        inquiry => inquiry.WorstClockState != SlaState.Breached && !(inquiry.NextClockDeadline < now);
}
