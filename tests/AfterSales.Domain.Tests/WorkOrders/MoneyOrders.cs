using AfterSales.Domain.Customers;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Tests.WorkOrders;

/// <summary>Orders at the point where parts and money come in: worked by phone guidance, so no visit or sign-off is needed.</summary>
internal static class MoneyOrders
{
    public static readonly WorkingCalendar Calendar =
        WorkingCalendar.Standard(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), [], []);

    public static readonly SlaPolicy Sla = new(
        new SlaTerms(
            TimeSpan.FromHours(12),
            TimeSpan.FromHours(12),
            TimeSpan.FromHours(24),
            TimeSpan.FromHours(72),
            TimeSpan.FromHours(24),
            Enum.GetValues<Zone>().ToDictionary(zone => zone, _ => TimeSpan.FromHours(6))),
        Calendar);

    public const decimal SmallPartLimit = 50.00m;

    /// <summary>
    /// Registered, assigned to technician T-0042, planned and contacted, but not started: parts may be
    /// requested and issued. Paid work is quoted (no labour unless given), as it must be before it starts.
    /// </summary>
    public static WorkOrder Scheduled(ServiceType serviceType, TimeProvider clock, decimal? labour = null)
    {
        var today = Calendar.LocalDate(clock.GetUtcNow());
        var customer = Customer.Register("Huadong Precision", "021-55550001", "100 Zhangjiang Rd", Zone.Urban, today, clock);
        var machine = customer.AddEquipment("CNC-5000", "SN-1", today.AddYears(-1), today.AddYears(1), null, clock);
        var order = WorkOrder.Register("WO-2026-000001", Channel.Phone, customer, machine, "Spindle vibrates", Zone.Urban, Priority.Normal, serviceType, clock.GetUtcNow(), Sla, clock);
        order.Assign(Technician(clock), "dispatcher", null, Sla, clock);
        order.ChooseMethod(ResolutionMethod.PhoneGuidance, null, customerAdvisedOnFitting: false, clock);
        order.RecordContact(null, "talked the customer through it", clock);
        if ((labour ?? (serviceType == ServiceType.Paid ? 0.00m : null)) is { } fee)
        {
            order.RecordQuote(fee, 0m, "Mr Li", clock.GetUtcNow(), clock);
        }

        return order;
    }

    public static WorkOrder InProgress(ServiceType serviceType, TimeProvider clock, decimal? labour = null)
    {
        var order = Scheduled(serviceType, clock, labour);
        order.StartWork(clock);
        return order;
    }

    public static WorkOrder Resolved(ServiceType serviceType, TimeProvider clock, decimal? labour = null)
    {
        var order = InProgress(serviceType, clock, labour);
        order.Resolve("Fixed by phone", null, Sla, clock);
        return order;
    }

    public static Part Request(this WorkOrder order, TimeProvider clock, int quantity = 2, decimal unitPrice = 180.00m, bool customerCaused = false) =>
        order.RequestPart("P-100", "Spindle bearing", quantity, unitPrice, customerCaused, "tech-42", SmallPartLimit, clock);

    public static Part RequestAndIssue(this WorkOrder order, TimeProvider clock, int quantity = 2, decimal unitPrice = 180.00m, bool customerCaused = false)
    {
        var part = order.Request(clock, quantity, unitPrice, customerCaused);
        order.ApprovePart(part.Id, "finance.user", clock);
        return part;
    }

    private static Technician Technician(TimeProvider clock) =>
        Domain.Technicians.Technician.Hire("T-0042", "Zhang Wei", "13800000042", "East", Position.FieldTechnician, 3, new DateOnly(2020, 3, 1), null, clock);
}
