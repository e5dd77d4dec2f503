using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Handovers;
using AfterSales.Domain.Receivables;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.Tests.WorkOrders;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Tests.Handovers;

/// <summary>
/// <see cref="WorkOrderScenario"/>'s technician T-0042 leaves; T-0043 succeeds them and team lead T-0001
/// supervises. <see cref="Hold"/> gives the leaver two customers, three open orders (one holding 100.00
/// unremitted cash), a receivable of 300.00 on a closed order and a torque wrench.
/// </summary>
internal sealed class HandoverScenario
{
    public const string Manager = "manager.amy";

    public static readonly DateOnly EffectiveDate = new(2026, 11, 30);

    /// <summary>Monday 2026-11-16, the day of the orders, the start and the completion.</summary>
    public static readonly DateOnly Today = new(2026, 11, 16);

    public WorkOrderScenario Work { get; } = new();

    public TestClock Clock => Work.Clock;

    public Technician Leaver => Work.Technician;

    public Technician Successor => Work.Colleague;

    /// <summary>The leaver's supervising technician (HC-1).</summary>
    public Technician Supervisor => Work.Lead;

    /// <summary>The Manager, acting.</summary>
    public static Actor ManagerActing => new(Manager, null, IsManager: true, IsDirector: false);

    public Actor LeaverActing => As(Leaver, "tech.zhang");

    public Actor SuccessorActing => As(Successor, "tech.li");

    public Actor SupervisorActing => As(Supervisor, "lead.chen");

    public static Actor As(Technician technician, string userName) => new(userName, technician.Id, IsManager: false, IsDirector: false);

    public List<Customer> Customers { get; } = [];

    public List<WorkOrder> OpenOrders { get; } = [];

    public WorkOrder ClosedOrder { get; private set; } = null!;

    /// <summary>The open order, in progress, on which the leaver took cash.</summary>
    public WorkOrder CashOrder => OpenOrders[^1];

    public Payment Cash { get; private set; } = null!;

    public Receivable Receivable { get; private set; } = null!;

    public PropertyItem Tool { get; private set; } = null!;

    public static HeldRecords Nothing => new([], [], [], [], []);

    /// <summary>What <see cref="Hold"/> gave the leaver; nothing before it runs.</summary>
    public HeldRecords Records { get; private set; } = Nothing;

    public HeldRecords Hold()
    {
        Work.Customer.AssignResponsibleTechnician(Leaver, Clock);
        var second = Customer.Register("Jinling Motors", "025-66660002", "8 Zhongshan Rd", Zone.Suburban, new DateOnly(2025, 9, 1), Clock);
        second.AssignResponsibleTechnician(Leaver, Clock);
        Customers.AddRange([Work.Customer, second]);

        ClosedOrder = Work.ResolvedByPhone(ServiceType.Paid, 300.00m);
        Receivable = Receivable.Open(ClosedOrder, MoneyScenario.Calendar, Clock);
        ClosedOrder.RecordFollowUp(true, new Survey(4, 4, 4, 4), null, WorkOrderScenario.Dispatcher, WorkOrderScenario.Sla, Clock);

        OpenOrders.Add(Work.Assigned());
        OpenOrders.Add(Work.Scheduled(ResolutionMethod.PhoneGuidance));
        OpenOrders.Add(Work.WorkedByPhone(ServiceType.Paid, 200.00m));
        Cash = CashOrder.Pay(Clock, 100.00m);

        Tool = Leaver.IssueProperty(PropertyKind.Tool, "Torque wrench", "TW-01", new DateOnly(2024, 5, 1), 1200.00m, Clock);
        Records = new(Customers, [.. OpenOrders, ClosedOrder], [Receivable], [], []);
        return Records;
    }

    public HandoverChecklist Start(HeldRecords? records = null, HandoverReason reason = HandoverReason.Resignation, string? newTeam = null) =>
        HandoverChecklist.Start(Leaver, reason, EffectiveDate, Successor, Supervisor, newTeam, records ?? Nothing, Manager, Clock);

    public static HandoverItem ItemFor(HandoverChecklist checklist, Guid referenceId) => checklist.Items.Single(item => item.ReferenceId == referenceId);

    /// <summary>Every pending item ends with the first outcome it allows, reassigned and transferred ones to the successor; the cash goes to Finance first.</summary>
    public void EndEveryItem(HandoverChecklist checklist)
    {
        foreach (var item in checklist.Items.Where(item => item.IsPending).ToList())
        {
            if (item.Cash)
            {
                CashOrder.RemitPayment(item.ReferenceId!.Value, "finance.user", Clock);
            }

            var outcome = item.AllowedOutcomes[0];
            checklist.CompleteItem(item.Id, outcome, "Handed over in person", HandoverItem.TakesOver(outcome) ? Successor : null, ManagerActing, Records, Clock);
        }
    }

    /// <summary>Each party signs as themselves (HC-5).</summary>
    public void SignAll(HandoverChecklist checklist)
    {
        checklist.SignOff(HandoverParty.Leaver, LeaverActing, Clock);
        checklist.SignOff(HandoverParty.Receiver, SuccessorActing, Clock);
        checklist.SignOff(HandoverParty.Supervisor, SupervisorActing, Clock);
    }

    public void Complete(HandoverChecklist checklist) =>
        checklist.Complete(Leaver, [Leaver, Successor, Supervisor], Records, Today, Manager, Clock);
}
