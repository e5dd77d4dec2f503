using AfterSales.Domain.Pricing;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Tests.WorkOrders;

/// <summary>
/// Parts and payments on <see cref="WorkOrderScenario"/>'s orders. They are worked by phone guidance, so no
/// visit or sign-off stands between the money and the rule under test.
/// </summary>
internal static class MoneyScenario
{
    public const decimal SmallPartLimit = 50.00m;
    public const decimal DirectorApprovalLimit = 5000.00m;
    public const decimal TraceableLimit = 1000.00m;

    public const int QuotedSpindles = 10;

    public static WorkingCalendar Calendar => WorkOrderScenario.Sla.Calendar;

    /// <summary>
    /// Planned and contacted at 12:00, not started: parts may be requested and issued, paid work quoted at
    /// <paramref name="labour"/> with up to <see cref="QuotedSpindles"/> spindle bearings (WO-11 r2: the parts it may bill).
    /// </summary>
    public static WorkOrder ScheduledByPhone(this WorkOrderScenario scenario, ServiceType serviceType, decimal labour = 0.00m)
    {
        var order = scenario.Scheduled(ResolutionMethod.PhoneGuidance, serviceType);
        if (serviceType == ServiceType.Paid)
        {
            order.QuoteAccepted(scenario.Clock, QuoteScenario.Labour(labour), QuoteScenario.Spindles(QuotedSpindles));
        }

        return order;
    }

    /// <summary>Then started at 14:10.</summary>
    public static WorkOrder WorkedByPhone(this WorkOrderScenario scenario, ServiceType serviceType, decimal labour = 0.00m)
    {
        var order = scenario.ScheduledByPhone(serviceType, labour);
        scenario.Clock.SetUtcNow(WorkOrderScenario.WorkStartedAt);
        order.StartWork(scenario.Clock);
        return order;
    }

    /// <summary>Then resolved at 17:00 on Monday 16 November, the company's day.</summary>
    public static WorkOrder ResolvedByPhone(this WorkOrderScenario scenario, ServiceType serviceType, decimal labour = 0.00m)
    {
        var order = scenario.WorkedByPhone(serviceType, labour);
        scenario.Clock.SetUtcNow(WorkOrderScenario.ResolvedAt);
        order.Resolve("Talked the customer through it", null, WorkOrderScenario.Sla, scenario.Clock);
        return order;
    }

    /// <summary>At the list's price; the list says whether the old part is worth bringing back.</summary>
    public static Part Request(this WorkOrder order, TimeProvider clock, int quantity = 2, decimal unitPrice = 180.00m, bool customerCaused = false, bool hasRecoveryValue = true) =>
        order.RequestPart("P-100", "Spindle bearing", quantity, new PartPricing(unitPrice, unitPrice, null, hasRecoveryValue), customerCaused, "tech-42", SmallPartLimit, clock);

    public static void Approve(this WorkOrder order, Part part, TimeProvider clock) =>
        order.ApprovePart(part.Id, "finance.user", DirectorApprovalLimit, clock);

    /// <summary>Requested, approved by Finance and booked out by the Warehouse: with the order, not yet fitted.</summary>
    public static Part RequestAndIssue(this WorkOrder order, TimeProvider clock, int quantity = 2, decimal unitPrice = 180.00m, bool customerCaused = false, bool hasRecoveryValue = true)
    {
        var part = order.Request(clock, quantity, unitPrice, customerCaused, hasRecoveryValue);
        order.Approve(part, clock);
        order.IssuePart(part.Id, "warehouse", clock);
        return part;
    }

    /// <summary>Then fitted by the technician, with a serial number.</summary>
    public static Part RequestAndFit(this WorkOrder order, TimeProvider clock, int quantity = 2, decimal unitPrice = 180.00m, bool customerCaused = false)
    {
        var part = order.RequestAndIssue(clock, quantity, unitPrice, customerCaused);
        order.FitPart(part.Id, "SN-0001", "tech-42", TraceableLimit, clock);
        return part;
    }

    /// <summary>Money received just now.</summary>
    public static Payment Pay(this WorkOrder order, TestClock clock, decimal amount, PaymentMethod method = PaymentMethod.Cash) =>
        order.RecordPayment(amount, method, clock.Now, "tech-42", Calendar, clock, recordedByTechnicianId: null);
}
