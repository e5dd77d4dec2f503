using AfterSales.Application.Common.Time;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.WorkOrders;

/// <summary>Builds the SLA policy once from the validated options and the company's time zone.</summary>
public static class SlaPolicyFactory
{
    public static SlaPolicy Create(SlaOptions sla, CompanyCalendar company) =>
        new(sla.Terms(), sla.WorkingHours.Calendar(company.TimeZone));
}
