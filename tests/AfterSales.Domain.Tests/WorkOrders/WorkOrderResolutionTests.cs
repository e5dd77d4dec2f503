using AfterSales.Domain.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.WorkOrders;

/// <summary>The resolution history the quality metric of AS-1 reads: who resolved, when, and whether the fix came back.</summary>
public sealed class WorkOrderResolutionTests
{
    private WorkOrderScenario given = null!;

    [SetUp]
    public void CreateScenario() => given = new WorkOrderScenario();

    [Test]
    public void WO9_a_resolution_is_recorded_with_its_technician()
    {
        var order = given.Resolved();

        var resolution = order.Resolutions.Single();
        Assert.Multiple(() =>
        {
            Assert.That(resolution.TechnicianId, Is.EqualTo(given.Technician.Id));
            Assert.That(resolution.ResolvedAt, Is.EqualTo(ResolvedAt));
            Assert.That(resolution.ReopenedAt, Is.Null);
        });
    }

    [Test]
    public void WO13_an_unsatisfied_follow_up_marks_the_resolution_reopened_and_the_next_one_is_recorded_apart()
    {
        var order = given.Resolved();
        given.Clock.SetUtcNow(FollowedUpAt);
        order.RecordFollowUp(false, new Survey(2, 2, 2, 2), "Still vibrates", Dispatcher, WorkOrderScenario.Sla, given.Clock);
        order.ChooseMethod(ResolutionMethod.PhoneGuidance, null, customerAdvisedOnFitting: false, given.Clock);
        order.RecordContact(null, "Talked through it", given.Clock);
        order.StartWork(given.Clock);
        var secondAt = FollowedUpAt.AddHours(2);
        given.Clock.SetUtcNow(secondAt);
        order.Resolve("Fixed by phone", null, Sla, given.Clock);

        Assert.That(
            order.Resolutions.OrderBy(resolution => resolution.ResolvedAt).Select(resolution => (resolution.ResolvedAt, resolution.ReopenedAt)),
            Is.EqualTo(new (DateTimeOffset, DateTimeOffset?)[] { (ResolvedAt, FollowedUpAt), (secondAt, null) }));
    }

    [Test]
    public void WO13_reopening_a_closed_order_marks_its_resolution_reopened()
    {
        var order = given.Closed();
        var reopenedAt = FollowedUpAt.AddDays(3);
        given.Clock.SetUtcNow(reopenedAt);

        order.Reopen("Vibration is back", 30, given.Technician, null, Dispatcher, Sla, given.Clock);

        Assert.That(order.Resolutions.Single().ReopenedAt, Is.EqualTo(reopenedAt));
    }
}
