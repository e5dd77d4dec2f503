using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Security;
using AfterSales.Application.Users;
using AfterSales.Application.WorkOrders;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Pricing;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Infrastructure.Seeding;

/// <summary>
/// A small data set to try the API with (<c>./build/run.sh --seed-demo</c>): one team with its lead and
/// three technicians, customers whose equipment lands on each reminder list, Finance's field-repair labour rate, three
/// work orders — one waiting in the dispatch queue, one assigned, and paid work closed 45 days ago and never paid, so a
/// receivable is overdue for salary deduction (WO-12) — and a user for each role a walkthrough needs, the team lead's
/// and a technician's linked to their records, all with one password made for this seeding. Loaded only into an
/// empty database, in one transaction.
/// </summary>
/// <param name="userAccounts">The built-in provider's users; absent with another provider, whose users are its own.</param>
public sealed class DemoData(
    AfterSalesDbContext db,
    ITransactionRunner transactions,
    IWorkOrderNumbers numbers,
    SlaPolicy sla,
    CompanyCalendar calendar,
    TimeProvider clock,
    IUserAccounts? userAccounts = null)
{
    private const string Team = "East";

    /// <summary>Days since the unpaid repair was resolved: past WO-12's 40, so its receivable is overdue.</summary>
    private const int UnpaidRepairAgeDays = 45;

    /// <summary>The demo users: the names the README's walkthrough uses, the team lead T-0001 and the field technician T-0003.</summary>
    private static readonly DemoUser[] People =
    [
        new("admin", "Ada Admin", Roles.Admin, null),
        new("dora", "Dora Zhou", Roles.Dispatcher, null),
        new("amy", "Amy Zhao", Roles.Manager, null),
        new("zhou", "周总", Roles.Director, null),
        new("fei", "Fei Qian", Roles.Finance, null),
        new("cang", "Cang Liu", Roles.Warehouse, null),
        new("sam", "Sam Wu", Roles.Sales, null),
        new("qing", "Qing He", Roles.Quality, null),
        new("hana", "Hana Sun", Roles.HR, null),
        new("wang", "王建国", Roles.TeamLead, "T-0001"),
        new("zhangwei", "张伟", Roles.Technician, "T-0003"),
    ];

    /// <summary>What was loaded; <see cref="DemoSeeding.Skipped"/> when the database had technicians already.</summary>
    public Task<DemoSeeding> LoadAsync(CancellationToken cancellationToken) => transactions.RunAsync("LoadDemoData", LoadOnceAsync, cancellationToken);

    private async Task<DemoSeeding> LoadOnceAsync(CancellationToken cancellationToken)
    {
        if (await db.Technicians.AnyAsync(cancellationToken))
        {
            return DemoSeeding.Skipped;
        }

        var today = calendar.Today;
        var lead = Technician.Hire("T-0001", "王建国", "13800000001", Team, Position.TeamLead, 5, today.AddYears(-8), null, clock);
        var installer = Technician.Hire("T-0002", "李明", "13800000002", Team, Position.Installer, 2, today.AddYears(-3), lead.Id, clock);
        var field = Technician.Hire("T-0003", "张伟", "13800000003", Team, Position.FieldTechnician, 3, today.AddYears(-5), lead.Id, clock);
        var junior = Technician.Hire("T-0004", "刘洋", "13800000004", Team, Position.FieldTechnician, 1, today.AddMonths(-6), lead.Id, clock);
        field.IssueProperty(PropertyKind.Device, "Diagnostic tablet", "TAB-0107", today.AddYears(-1), 3200m, clock);
        db.Technicians.AddRange(lead, installer, field, junior);

        var factory = Customer.Register("华东精密机械有限公司", "021-55550001", "上海市浦东新区张江路 100 号", Zone.Urban, today.AddYears(-2), clock);
        factory.AssignResponsibleTechnician(field, clock);
        factory.AddEquipment("CNC-5000", "SN-5000-0001", today.AddYears(-1), today.AddDays(60), today.AddDays(20), clock);

        var workshop = Customer.Register("苏州恒达五金厂", "0512-66660002", "苏州市吴中区木渎镇 8 号", Zone.Suburban, today.AddYears(-1), clock);
        workshop.AssignResponsibleTechnician(installer, clock);
        workshop.AddEquipment("PRESS-200", "SN-200-0042", today.AddMonths(-10), today.AddMonths(14), null, clock);

        var farm = Customer.Register("安吉竹木加工合作社", "0572-77770003", "湖州市安吉县递铺镇 3 号", Zone.Remote, today.AddYears(-4), clock);
        farm.AssignResponsibleTechnician(junior, clock);
        farm.AddEquipment("SAW-90", "SN-90-1203", today.AddYears(-4), today.AddYears(-1), today.AddMonths(8), clock);

        db.Customers.AddRange(factory, workshop, farm);

        var now = clock.GetUtcNow();
        var waiting = WorkOrder.Register(
            await numbers.NextAsync(today, cancellationToken), Channel.Phone, factory, factory.Equipment.Single(),
            "主轴转速超过 3000 转时振动", Zone.Urban, Priority.Urgent, null, now.AddHours(-1), sla, clock);
        var assigned = WorkOrder.Register(
            await numbers.NextAsync(today, cancellationToken), Channel.WebForm, workshop, workshop.Equipment.Single(),
            "液压压力不足", Zone.Suburban, Priority.Normal, null, now.AddHours(-3), sla, clock);
        assigned.Assign(installer, "demo", TeamReach.All, null, sla, clock);
        db.WorkOrders.AddRange(waiting, assigned);

        var fieldRepair = LabourRate.Set("FieldRepair", "现场维修", 150.00m, today.AddYears(-1), "fei", clock);
        db.LabourRates.Add(fieldRepair);
        await AddUnpaidRepairAsync(farm, junior, fieldRepair, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        return userAccounts is null
            ? new DemoSeeding(Loaded: true, Password: null, Users: [])
            : await CreateUsersAsync(userAccounts, [lead, field], cancellationToken);
    }

    /// <summary>
    /// Paid phone guidance for the farm's saw by 刘洋, quoted at 2 h × 150.00 = 300.00, resolved and closed
    /// <see cref="UnpaidRepairAgeDays"/> days ago and never paid: the receivable opened on resolution is overdue today.
    /// Saved on its own first, so the receivable is opened while the order is still resolved.
    /// </summary>
    private async Task AddUnpaidRepairAsync(Customer farm, Technician technician, LabourRate rate, CancellationToken cancellationToken)
    {
        var then = new SteppedClock(clock.GetUtcNow().AddDays(-UnpaidRepairAgeDays).AddHours(-4));
        var order = WorkOrder.Register(
            await numbers.NextAsync(calendar.Today.AddDays(-UnpaidRepairAgeDays), cancellationToken), Channel.Phone, farm, farm.Equipment.Single(),
            "锯片电机过热停机", Zone.Remote, Priority.Normal, ServiceType.Paid, then.GetUtcNow(), sla, then);
        order.Assign(technician, "demo", TeamReach.All, null, sla, then.Advance(TimeSpan.FromMinutes(20)));
        order.RecordContact(null, "电话指导客户清理散热风道", then.Advance(TimeSpan.FromMinutes(20)));
        order.ChooseMethod(ResolutionMethod.PhoneGuidance, null, customerAdvisedOnFitting: false, then);
        order.ProposeQuote(
            [QuoteLine.Labour(rate.Service, rate.Name, 2m, rate.PerHour)], 0m, null, calendar.Today.AddDays(-UnpaidRepairAgeDays),
            new DiscountAllowance(0m, 0, 0), technician.Name, then, new CustomerAcceptance("安吉竹木加工合作社 陈师傅", then.GetUtcNow()));
        order.StartWork(then.Advance(TimeSpan.FromMinutes(10)));
        order.Resolve("清理风道并更换散热风扇滤网，电机温度恢复正常", null, sla, then.Advance(TimeSpan.FromMinutes(90)));
        db.WorkOrders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        order.RecordFollowUp(true, new Survey(4, 3, 4, 4), null, "dora", sla, then.Advance(TimeSpan.FromHours(20)));
    }

    private static async Task<DemoSeeding> CreateUsersAsync(IUserAccounts accounts, IReadOnlyCollection<Technician> linked, CancellationToken cancellationToken)
    {
        var password = TemporaryPasswords.New();
        foreach (var person in People)
        {
            var user = await accounts.CreateAsync(person.UserName, person.DisplayName, null, [person.Role], cancellationToken);
            user = await accounts.SetPasswordAsync(user, password, cancellationToken);
            if (person.EmployeeNumber is { } employeeNumber)
            {
                await accounts.LinkTechnicianAsync(user, linked.Single(technician => technician.EmployeeNumber == employeeNumber).Id, cancellationToken);
            }
        }

        return new DemoSeeding(Loaded: true, password, People);
    }
}
