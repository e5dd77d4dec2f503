using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.WorkOrders;

/// <summary>WO-18's promised resolution time and WO-19's salesperson forwarding.</summary>
public sealed class PromiseAndForwardTests
{
    private WorkOrderScenario given = null!;

    [SetUp]
    public void CreateScenario() => given = new WorkOrderScenario();

    [Test]
    public void WO18_a_new_promise_replaces_the_one_in_force_and_both_are_kept()
    {
        var order = given.Assigned();
        given.Clock.SetUtcNow(At(11, 16, 17, 20));
        order.PromiseResolution(At(11, 17, 12), "Part arrives tomorrow morning", Dispatcher, given.Clock);
        given.Clock.SetUtcNow(At(11, 17, 11));

        order.PromiseResolution(At(11, 17, 16), null, "tech.zhang", given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.PromisedResolutionAt, Is.EqualTo(At(11, 17, 16)));
            Assert.That(order.Promises.Select(promise => (promise.PromisedResolutionAt, promise.RecordedBy, promise.RecordedAt)), Is.EqualTo(new[]
            {
                (At(11, 17, 12), Dispatcher, At(11, 16, 17, 20)),
                (At(11, 17, 16), "tech.zhang", At(11, 17, 11)),
            }));
        });
    }

    [Test]
    public void WO18_a_promise_lies_in_the_future()
    {
        var order = given.Assigned();

        var refusal = Assert.Throws<InvalidInputException>(() => order.PromiseResolution(AssignedAt, null, Dispatcher, given.Clock));

        Assert.Multiple(() =>
        {
            Assert.That(refusal!.Field, Is.EqualTo("promisedResolutionAt"));
            Assert.That(order.Promises, Is.Empty);
        });
    }

    [Test]
    public void WO18_a_resolved_order_takes_no_promise()
    {
        var order = given.Resolved();

        Assert.That(RuleOf(() => order.PromiseResolution(At(11, 18, 12), null, Dispatcher, given.Clock)), Is.EqualTo("WO-18"));
    }

    [TestCase(8, 1, true, TestName = "WO19_an_order_registered_12_hours_and_a_minute_after_the_salesperson_heard_is_forwarded_late")]
    [TestCase(8, 0, false, TestName = "WO19_an_order_registered_12_hours_after_the_salesperson_heard_is_not_late")]
    public void WO19_forwarded_late(int hour, int minute, bool late)
    {
        // Heard of it at 20:00 on Sunday, registered the next morning.
        given.Clock.SetUtcNow(At(11, 16, hour, minute));

        var order = RegisterFromSalesperson(At(11, 15, 20));

        Assert.That((order.SalespersonHeardAt, order.ForwardedLate), Is.EqualTo(((DateTimeOffset?)At(11, 15, 20), late)));
    }

    [Test]
    public void WO19_a_salesperson_order_says_when_the_salesperson_heard_of_it()
    {
        var missing = Assert.Throws<InvalidInputException>(() => RegisterFromSalesperson(null));
        var afterReceipt = Assert.Throws<InvalidInputException>(() => RegisterFromSalesperson(ReceivedAt.AddMinutes(1)));
        var otherChannel = Assert.Throws<InvalidInputException>(() => WorkOrder.Register(
            Number, Channel.Phone, given.Customer, given.Equipment, "Leaks", Zone.Urban, Priority.Normal, null, ReceivedAt, Sla, given.Clock, At(11, 15, 20)));

        Assert.That(new[] { missing!.Field, afterReceipt!.Field, otherChannel!.Field }, Is.All.EqualTo("salespersonHeardAt"));
    }

    private WorkOrder RegisterFromSalesperson(DateTimeOffset? heardAt) =>
        WorkOrder.Register(Number, Channel.Salesperson, given.Customer, given.Equipment, "Leaks", Zone.Urban, Priority.Normal, null, given.Clock.Now, Sla, given.Clock, heardAt);
}
