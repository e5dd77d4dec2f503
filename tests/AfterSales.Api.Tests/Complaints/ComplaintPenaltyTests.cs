using System.Net;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Complaints;

/// <summary>CP-4 responsibility, CP-5 penalties and CP-6 deductions over HTTP.</summary>
public sealed class ComplaintPenaltyTests : ComplaintTest
{
    [Test]
    public async Task CP4_the_named_technician_is_responsible()
    {
        var colleague = await HireTechnician("T-0043");
        var complaint = await RegisterComplaint(technicianId: TechnicianId);
        await DoOn(complaint, "investigate", role: Roles.Dispatcher);

        var verified = await (await VerifyResponse(complaint, responsibleTechnicianId: IdOf(colleague))).ShouldBe(HttpStatusCode.OK);

        Assert.That(verified["responsibleTechnicianId"]!.GetValue<Guid>(), Is.EqualTo(IdOf(colleague)));
        Assert.That(verified["technicianId"]!.GetValue<Guid>(), Is.EqualTo(TechnicianId), "still the accused");
    }

    [Test]
    public async Task CP4_when_nobody_is_named_the_team_lead_of_the_related_orders_technicians_team_is_responsible()
    {
        var lead = await HireTechnician("T-0001", "East", "TeamLead");
        await HireTechnician("T-0002", "West", "TeamLead");
        var complaint = await InvestigatingAboutAssignedOrder();

        var verified = await (await VerifyResponse(complaint)).ShouldBe(HttpStatusCode.OK);

        Assert.That(verified["responsibleTechnicianId"]!.GetValue<Guid>(), Is.EqualTo(IdOf(lead)));
    }

    [Test]
    public async Task CP4_when_nobody_is_named_and_the_team_has_no_team_lead_it_is_409()
    {
        await HireTechnician("T-0002", "West", "TeamLead");
        var complaint = await InvestigatingAboutAssignedOrder();

        var refused = await VerifyResponse(complaint);

        var problem = await refused.ShouldBeProblem(HttpStatusCode.Conflict, "CP-4");
        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo("CP-4: team East has no team lead to answer for the complaint; name the responsible technician"));
    }

    [Test]
    public async Task CP5_a_penalty_of_300_is_300()
    {
        var complaint = await Verified(penalty: 300.00m);

        Assert.Multiple(() =>
        {
            Assert.That(complaint["basePenalty"]!.GetValue<decimal>(), Is.EqualTo(300.00m));
            Assert.That(complaint["repeatComplaint"]!.GetValue<bool>(), Is.False);
            Assert.That(complaint["falsifiedRecord"]!.GetValue<bool>(), Is.False);
            Assert.That(complaint["penalty"]!.GetValue<decimal>(), Is.EqualTo(300.00m));
        });
    }

    [Test]
    public async Task CP5_a_repeat_complaint_about_the_same_work_order_is_600()
    {
        var order = await Register();
        await Verified(workOrderId: IdOf(order));
        Factory.Clock.SetUtcNow(Shanghai(2026, 12, 1, 10));

        var again = await Verified(workOrderId: IdOf(order));

        Assert.That(again["repeatComplaint"]!.GetValue<bool>(), Is.True);
        Assert.That(again["penalty"]!.GetValue<decimal>(), Is.EqualTo(600.00m));
    }

    [Test]
    public async Task CP5_a_falsified_record_is_600()
    {
        var complaint = await Verified(penalty: 300.00m, falsifiedRecord: true);

        Assert.That(complaint["penalty"]!.GetValue<decimal>(), Is.EqualTo(600.00m));
    }

    [Test]
    public async Task CP5_a_repeat_about_the_same_machine_and_category_with_a_falsified_record_is_1200()
    {
        await Verified(equipmentId: EquipmentId);
        Factory.Clock.SetUtcNow(Shanghai(2027, 2, 14, 10));

        var again = await Verified(penalty: 300.00m, falsifiedRecord: true, equipmentId: EquipmentId);

        Assert.That(again["penalty"]!.GetValue<decimal>(), Is.EqualTo(1200.00m));
    }

    [Test]
    public async Task CP5_the_same_machine_and_category_more_than_90_days_later_is_not_a_repeat()
    {
        await Verified(equipmentId: EquipmentId);
        Factory.Clock.SetUtcNow(Shanghai(2027, 2, 15, 10));

        var again = await Verified(equipmentId: EquipmentId);

        Assert.That(again["penalty"]!.GetValue<decimal>(), Is.EqualTo(300.00m), "registered on day 91");
    }

    [TestCase(49.99)]
    [TestCase(500.01)]
    public async Task CP5_a_penalty_outside_50_to_500_is_400(decimal penalty)
    {
        var complaint = await RegisterComplaint();
        await DoOn(complaint, "investigate", role: Roles.Dispatcher);

        var response = await VerifyResponse(complaint, penalty, responsibleTechnicianId: TechnicianId);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["penalty"]![0]!.GetValue<string>(), Is.EqualTo("CP-5: the penalty is 50.00 to 500.00."));
        Assert.That((await ReadComplaint(complaint))["status"]!.GetValue<string>(), Is.EqualTo("Investigating"));
    }

    [Test]
    public async Task CP6_a_verified_complaint_deducts_15_points_in_the_month_it_was_verified()
    {
        var complaint = await RegisterComplaint(technicianId: TechnicianId);
        await DoOn(complaint, "investigate", role: Roles.Dispatcher);
        Factory.Clock.SetUtcNow(Shanghai(2026, 12, 1, 0, 30));

        var verified = await (await VerifyResponse(complaint, responsibleTechnicianId: TechnicianId)).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(verified["deductionPoints"]!.GetValue<int>(), Is.EqualTo(15));
            Assert.That(verified["deductionMonth"]!.GetValue<string>(), Is.EqualTo("2026-12"), "1 December in Shanghai, still 30 November in UTC");
            Assert.That(Instant(verified["verification"]!["decidedAt"]), Is.EqualTo(Shanghai(2026, 12, 1, 0, 30)));
        });
    }

    [TestCase("Complaints:Penalty:Min", "600", "Complaints:Penalty")]
    [TestCase("Complaints:Penalty:Max", "500.005", "Complaints:Penalty")]
    [TestCase("Complaints:AppealWorkingDays", "0", "AppealWorkingDays")]
    [TestCase("Complaints:ReviewThreshold", "0", "ReviewThreshold")]
    public void CP5_the_api_refuses_to_start_with_an_invalid_complaint_setting(string key, string value, string named) =>
        Assert.That(ApiFactory.StartupFailureWith(key, value), Does.Contain(named));

    /// <summary>A complaint about an order assigned to T-0042 (team East), naming no one, under investigation.</summary>
    private async Task<JsonNode> InvestigatingAboutAssignedOrder()
    {
        var order = await Register();
        await Do(order, "assign", new { technicianId = TechnicianId });
        var complaint = await RegisterComplaint(workOrderId: IdOf(order));
        await DoOn(complaint, "investigate", role: Roles.Dispatcher);
        return complaint;
    }
}
