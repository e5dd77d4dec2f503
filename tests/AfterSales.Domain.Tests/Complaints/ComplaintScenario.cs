using System.Globalization;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.Tests.WorkOrders;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Tests.Complaints;

/// <summary>
/// Complaints by <see cref="WorkOrderScenario"/>'s customer about its machine and orders, on the default
/// [Complaints] numbers and Shanghai's working calendar, starting Monday 2026-11-16 10:00.
/// </summary>
internal sealed class ComplaintScenario
{
    public const string Desk = "desk.li";
    public const string Lead = "lead.wu";
    public const string Manager = "manager.amy";

    /// <summary>The service supervisor who visits or calls the customer (CP-9).</summary>
    public const string Supervisor = "supervisor.he";

    /// <summary>The Manager deciding a first appeal (CP-8).</summary>
    public static readonly Actor ManagerDeciding = new(Manager, null, IsManager: true, IsDirector: false);

    /// <summary>A Director deciding the further appeal (CP-8 r2).</summary>
    public static readonly Actor DirectorDeciding = new("director.zhou", null, IsManager: true, IsDirector: true);

    public static readonly ComplaintPolicy Policy = new(50.00m, 500.00m, 90, 5, 5, 3, 15, 2, WorkOrderScenario.Sla.Calendar);

    private int numbers;

    public WorkOrderScenario Orders { get; } = new();

    public TestClock Clock => Orders.Clock;

    public Customer Customer => Orders.Customer;

    public Equipment Equipment => Orders.Equipment;

    /// <summary>T-0042, the technician the customer's orders are assigned to.</summary>
    public Technician Technician => Orders.Technician;

    public Technician Colleague => Orders.Colleague;

    /// <summary>A wall-clock time in Shanghai in 2026.</summary>
    public static DateTimeOffset At(int month, int day, int hour, int minute = 0) => WorkOrderScenario.At(month, day, hour, minute);

    public static DateOnly Day(int month, int day) => new(2026, month, day);

    /// <summary>Registered now, the customer promised an answer within a day; numbered CP-2026-000001, 2, … in order.</summary>
    public Complaint Register(
        ComplaintCategory category = ComplaintCategory.Quality,
        ComplaintSeverity severity = ComplaintSeverity.General,
        WorkOrder? workOrder = null,
        Equipment? equipment = null,
        Technician? accused = null) =>
        Complaint.Register(
            string.Create(CultureInfo.InvariantCulture, $"CP-2026-{++numbers:D6}"),
            Channel.Phone,
            Customer,
            workOrder,
            equipment,
            accused,
            category,
            severity,
            "The technician left the machine leaking oil",
            Clock.Now.AddDays(1),
            Desk,
            Policy.Calendar,
            Clock);

    public Complaint Investigating(
        ComplaintCategory category = ComplaintCategory.Quality,
        ComplaintSeverity severity = ComplaintSeverity.General,
        WorkOrder? workOrder = null,
        Equipment? equipment = null)
    {
        var complaint = Register(category, severity, workOrder, equipment, Technician);
        complaint.StartInvestigation(Clock);
        return complaint;
    }

    /// <summary>Found true now, with <see cref="Technician"/> responsible, against the customer's <paramref name="earlier"/> complaints.</summary>
    public Complaint Verify(Complaint complaint, decimal penalty = 300.00m, bool falsifiedRecord = false, params Complaint[] earlier)
    {
        complaint.Verify("Oil seal fitted the wrong way round", Technician, penalty, falsifiedRecord, false, earlier, Lead, null, Policy, Clock);
        return complaint;
    }

    /// <summary>Registered, investigated and verified now, about the machine, with a 300.00 penalty.</summary>
    public Complaint Verified(ComplaintCategory category = ComplaintCategory.Quality, ComplaintSeverity severity = ComplaintSeverity.General) =>
        Verify(Investigating(category, severity, equipment: Equipment));

    /// <summary>The service supervisor visited the customer now about the complaint (CP-9).</summary>
    public ComplaintCustomerContact Visited(Complaint complaint) =>
        complaint.RecordCustomerContact(CustomerContactKind.Visit, Supervisor, Clock.Now, "Apologised on site", Desk, Clock);

    /// <summary>Verified, the customer visited and told by phone, resolved.</summary>
    public Complaint Resolved()
    {
        var complaint = Verified();
        Visited(complaint);
        complaint.RecordCustomerNotified(NotificationMethod.Phone, "Seal replaced free of charge", null, Desk, Policy.Calendar, Clock);
        complaint.Resolve(Clock);
        return complaint;
    }

    /// <summary>The responsible technician appeals now.</summary>
    public Appeal Appeal(Complaint complaint) => complaint.FileAppeal("The seal came faulty from the warehouse", "tech-42", Policy, Clock);

    public Technician Hire(string employeeNumber, string team, Position position) =>
        Technician.Hire(employeeNumber, "Wu Lei", "13800000099", team, position, 4, new DateOnly(2018, 1, 1), null, Clock);
}
