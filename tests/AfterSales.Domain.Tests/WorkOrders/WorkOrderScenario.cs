using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Files;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Tests.WorkOrders;

/// <summary>
/// A customer with one machine under warranty, two active technicians, the default [Sla] numbers on
/// Shanghai's working week, and the steps that take an order along its happy path on Monday 2026-11-16.
/// </summary>
internal sealed class WorkOrderScenario
{
    public const string Number = "WO-2026-000017";
    public const string Dispatcher = "desk.li";
    public const string CustomerName = "Wang Fang";
    public const string TeamLeadName = "lead.chen";

    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(30);

    /// <summary>WO-17: an overdue field clock waits 12 hours for a step still on a phone offline.</summary>
    public static readonly TimeSpan FieldSyncGrace = TimeSpan.FromHours(12);

    /// <summary>WO-19: a salesperson passes a fault on within 12 hours.</summary>
    public static readonly TimeSpan SalesForward = TimeSpan.FromHours(12);

    /// <summary>National Day 2026, the configured holiday week.</summary>
    public static readonly DateOnly[] Holidays = [.. Enumerable.Range(1, 7).Select(day => new DateOnly(2026, 10, day))];

    public static readonly SlaPolicy Sla = new(
        new SlaTerms(
            TimeSpan.FromHours(12),
            TimeSpan.FromHours(12),
            TimeSpan.FromHours(24),
            TimeSpan.FromHours(72),
            TimeSpan.FromHours(24),
            new Dictionary<Zone, TimeSpan>
            {
                [Zone.Urban] = TimeSpan.FromHours(6),
                [Zone.Suburban] = TimeSpan.FromHours(7),
                [Zone.Remote] = TimeSpan.FromHours(16),
            },
            Grace,
            FieldSyncGrace)
        {
            SalesForward = SalesForward,
        },
        WorkingCalendar.Standard(Shanghai, Holidays, []));

    // The happy path, Monday 2026-11-16 in Shanghai. An urban order received at 10:00 is due on site by 16:00.
    public static readonly DateTimeOffset ReceivedAt = At(11, 16, 10);
    public static readonly DateTimeOffset AssignedAt = At(11, 16, 11);
    public static readonly DateTimeOffset ContactedAt = At(11, 16, 12);
    public static readonly DateTimeOffset WindowStart = At(11, 16, 14);
    public static readonly DateTimeOffset WindowEnd = At(11, 16, 16);
    public static readonly DateTimeOffset WorkStartedAt = At(11, 16, 14, 10);
    public static readonly DateTimeOffset ReturnedAt = At(11, 16, 16, 30);
    public static readonly DateTimeOffset ResolvedAt = At(11, 16, 17);
    public static readonly DateTimeOffset FollowedUpAt = At(11, 17, 10);

    public WorkOrderScenario()
    {
        Clock = new TestClock(ReceivedAt);
        Customer = NewCustomer();
        Equipment = AddEquipment("SN-1", new DateOnly(2027, 6, 1), null);
        Lead = Technician.Hire("T-0001", "Chen Jie", "13800000001", "East", Position.TeamLead, 5, new DateOnly(2015, 1, 5), null, Clock);
        Technician = Hire("T-0042", "Zhang Wei");
        Colleague = Hire("T-0043", "Li Ming");
        OtherTeams = Hire("T-0051", "Chen Jie", "West");
    }

    /// <summary>The East team's lead, who supervises <see cref="Technician"/> and <see cref="Colleague"/>.</summary>
    public Technician Lead { get; }

    private FileUpload? signature;

    public TestClock Clock { get; }

    public Customer Customer { get; }

    /// <summary>Under warranty until 2027-06-01, so its orders default to <see cref="ServiceType.Warranty"/>.</summary>
    public Equipment Equipment { get; }

    public Technician Technician { get; }

    public Technician Colleague { get; }

    /// <summary>A technician of team West; the other two are of East.</summary>
    public Technician OtherTeams { get; }

    /// <summary>A wall-clock time in Shanghai in 2026.</summary>
    public static DateTimeOffset At(int month, int day, int hour, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    /// <summary>The rule id of the refusal <paramref name="action"/> must raise.</summary>
    public static string RuleOf(Action action) => Assert.Throws<BusinessRuleViolationException>(action)!.RuleId;

    public static IEnumerable<SlaClockBreached> Breaches(WorkOrder order, SlaClockName clock) =>
        order.DomainEvents.OfType<SlaClockBreached>().Where(breach => breach.Clock == clock);

    public Customer NewCustomer() =>
        Customer.Register("Huadong Precision", "021-55550001", "100 Zhangjiang Rd", Zone.Urban, new DateOnly(2025, 6, 1), Clock);

    public Equipment AddEquipment(string serialNumber, DateOnly warrantyEndsOn, DateOnly? contractEndsOn) =>
        Customer.AddEquipment("CNC-5000", serialNumber, new DateOnly(2025, 6, 1), warrantyEndsOn, contractEndsOn, Clock);

    /// <summary>WO-9 (r2): the customer's signature, a completed upload .</summary>
    public FileUpload Signature => signature ??= Uploaded(SampleFiles.Png(200), "signature.png");

    public CustomerSignOff SignOff() => CustomerSignOff.SignedOn(CustomerName, Clock.Now, Signature);

    /// <summary>X-6: <paramref name="bytes"/> uploaded in one chunk and completed.</summary>
    public FileUpload Uploaded(byte[] bytes, string fileName)
    {
        var upload = FileUpload.Start(fileName, "application/octet-stream", bytes.Length, SampleFiles.Sha256Of(bytes), 20 * 1024 * 1024, "tech-0042", Clock);
        upload.Receive(0, bytes.Length - 1, bytes.Length);
        upload.Complete(SampleFiles.Sha256Of(bytes), bytes, Clock);
        return upload;
    }

    /// <summary>Registers an order received now (or at <paramref name="receivedAt"/>) for <see cref="Equipment"/>.</summary>
    public WorkOrder Register(DateTimeOffset? receivedAt = null, Zone zone = Zone.Urban, ServiceType? serviceType = null, Equipment? equipment = null) =>
        WorkOrder.Register(
            Number,
            Channel.Phone,
            Customer,
            equipment ?? Equipment,
            "Spindle vibrates above 3000 rpm",
            zone,
            Priority.Normal,
            serviceType,
            receivedAt ?? Clock.Now,
            Sla,
            Clock);

    /// <summary>Received at 10:00, given to <see cref="Technician"/> at 11:00.</summary>
    public WorkOrder Assigned(ServiceType? serviceType = null)
    {
        var order = Register(ReceivedAt, serviceType: serviceType);
        Clock.SetUtcNow(AssignedAt);
        order.Assign(Technician, Dispatcher, TeamReach.All, null, Sla, Clock);
        return order;
    }

    /// <summary>Then at 12:00 the customer is called (an on-site visit gets the 14:00–16:00 window) and the method chosen.</summary>
    public WorkOrder Scheduled(ResolutionMethod method, ServiceType? serviceType = null)
    {
        var order = Assigned(serviceType);
        Clock.SetUtcNow(ContactedAt);
        order.RecordContact(method == ResolutionMethod.OnSite ? new Appointment(WindowStart, WindowEnd) : null, "Agreed by phone", Clock);
        order.ChooseMethod(method, null, customerAdvisedOnFitting: true, Clock);
        return order;
    }

    /// <summary>Then paid work is quoted, an on-site technician arrives at 14:10 and the work starts at 14:10.</summary>
    public WorkOrder InProgress(ResolutionMethod method, ServiceType? serviceType = null)
    {
        var order = Scheduled(method, serviceType);
        if (order.ServiceType == ServiceType.Paid)
        {
            order.QuoteAccepted(Clock, QuoteScenario.Labour(200m));
        }

        Clock.SetUtcNow(WorkStartedAt);
        if (method == ResolutionMethod.OnSite)
        {
            order.RecordArrival(WorkStartedAt, Sla, Clock);
        }

        order.StartWork(Clock);
        return order;
    }

    /// <summary>The workshop item goes back to the workshop at 14:10, passes the team lead's inspection and is returned at 16:30.</summary>
    public void CarryBackAndReturn(WorkOrder order)
    {
        order.CarryBackToWorkshop("R-2026-0311", "Scratch on right door", "Power cord", new DateOnly(2026, 11, 18), loanerGiven: true, Clock);
        Clock.SetUtcNow(ReturnedAt);
        order.InspectWorkshopRepair(true, null, TeamLeadName, Clock);
        order.ReturnToCustomer(ReturnedAt, CustomerName, Clock);
    }

    /// <summary>Then the work is done and signed for at 17:00.</summary>
    public WorkOrder Resolved(ResolutionMethod method = ResolutionMethod.OnSite)
    {
        var order = InProgress(method);
        if (method == ResolutionMethod.Workshop)
        {
            CarryBackAndReturn(order);
        }

        Clock.SetUtcNow(ResolvedAt);
        order.Resolve("Spindle bearing replaced", SignOff(), Sla, Clock);
        return order;
    }

    /// <summary>Then the customer, satisfied, is called back at 10:00 the next day.</summary>
    public WorkOrder Closed()
    {
        var order = Resolved();
        Clock.SetUtcNow(FollowedUpAt);
        order.RecordFollowUp(true, new Survey(4, 4, 3, 4), "Quick and tidy", Dispatcher, WorkOrderScenario.Sla, Clock);
        return order;
    }

    /// <summary>East's technicians are supervised by its lead; another team's by nobody here.</summary>
    private Technician Hire(string employeeNumber, string name, string team = "East") =>
        Technician.Hire(employeeNumber, name, "13800000042", team, Position.FieldTechnician, 3, new DateOnly(2020, 3, 1), team == "East" ? Lead.Id : null, Clock);
}
