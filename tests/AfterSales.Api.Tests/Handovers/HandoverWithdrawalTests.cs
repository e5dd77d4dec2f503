using System.Net;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Handovers;

/// <summary>HC-1 undone: a Manager withdraws an open handover; nothing moves and the technician takes work again.</summary>
public sealed class HandoverWithdrawalTests : HandoverTest
{
    [Test]
    public async Task HC1_a_withdrawn_handover_leaves_the_orders_with_the_technician_who_is_active_and_assignable_again()
    {
        var order = await OrderOfLeaver();
        var checklist = await Start();
        Factory.Clock.Advance(TimeSpan.FromHours(2));

        var withdrawn = await DoOn(checklist, "withdraw", new { reason = "Resignation withdrawn after a pay review" });

        var technician = await Read($"technicians/{LeaverId}");
        var stillTheirs = await Read($"work-orders/{order["id"]}");
        var newOrder = await Register();
        var assigned = await Do(newOrder, "assign", new { technicianId = LeaverId });
        Assert.Multiple(() =>
        {
            Assert.That(withdrawn["status"]!.GetValue<string>(), Is.EqualTo("Withdrawn"));
            Assert.That(withdrawn["withdrawalReason"]!.GetValue<string>(), Is.EqualTo("Resignation withdrawn after a pay review"));
            Assert.That(withdrawn["withdrawnBy"]!.GetValue<string>(), Is.EqualTo("manager.user"));
            Assert.That(Instant(withdrawn["withdrawnAt"]), Is.EqualTo(ApiFactory.StartOfTests.AddHours(2)));
            Assert.That(withdrawn["completedAt"], Is.Null);
            Assert.That(technician["status"]!.GetValue<string>(), Is.EqualTo("Active"));
            Assert.That(stillTheirs["technicianId"]!.GetValue<Guid>(), Is.EqualTo(LeaverId));
            Assert.That(assigned["technicianId"]!.GetValue<Guid>(), Is.EqualTo(LeaverId), "TE-2 lets an Active technician take new work");
        });
    }

    [Test]
    public async Task HC1_a_withdrawn_handover_is_closed_to_changes_and_a_new_one_can_be_started()
    {
        var checklist = await Start();
        await DoOn(checklist, "withdraw", new { reason = "Started for the wrong technician" });

        var again = await ActOn(checklist, "withdraw", new { reason = "twice" });
        var complete = await ActOn(checklist, "complete");
        var restarted = await StartResponse(StartBody());

        await again.ShouldBeProblem(HttpStatusCode.Conflict, "HC-1");
        await complete.ShouldBeProblem(HttpStatusCode.Conflict, "HC-5");
        var second = await restarted.ShouldBe(HttpStatusCode.Created);
        Assert.That(second["status"]!.GetValue<string>(), Is.EqualTo("Open"));
        Assert.That((await Read($"technicians/{LeaverId}"))["status"]!.GetValue<string>(), Is.EqualTo("Leaving"));
    }

    [Test]
    public async Task HC1_only_a_manager_withdraws_a_handover_and_only_with_a_reason()
    {
        var checklist = await Start();

        var byLead = await ActOn(checklist, "withdraw", new { reason = "Changed mind" }, await As(Roles.TeamLead));
        var byLeaver = await ActOn(checklist, "withdraw", new { reason = "Changed mind" }, await AsTechnician(LeaverId));
        var withoutReason = await ActOn(checklist, "withdraw", new { reason = " " });

        await byLead.ShouldBeProblem(HttpStatusCode.Forbidden);
        await byLeaver.ShouldBeProblem(HttpStatusCode.Forbidden);
        var problem = await withoutReason.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "reason" }));
        Assert.That((await Read($"handovers/{checklist["id"]}"))["status"]!.GetValue<string>(), Is.EqualTo("Open"));
    }
}
