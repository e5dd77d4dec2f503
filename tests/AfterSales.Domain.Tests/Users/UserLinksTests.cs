using AfterSales.Domain.Common;
using AfterSales.Domain.Tests.Handovers;
using AfterSales.Domain.Users;

namespace AfterSales.Domain.Tests.Users;

/// <summary>X-5: one user per technician, one technician per user, and a departed technician's user stays disabled.</summary>
public sealed class UserLinksTests : HandoverChecklistTest
{
    [Test]
    public void X5_a_user_is_linked_to_a_technician_nobody_else_is_and_again_to_the_same_one()
    {
        Assert.DoesNotThrow(() => UserLinks.EnsureLinkable("zhang.wei", null, scenario.Leaver, null));
        Assert.DoesNotThrow(() => UserLinks.EnsureLinkable("zhang.wei", scenario.Leaver.Id, scenario.Leaver, "Zhang.Wei"));
    }

    [Test]
    public void X5_a_user_linked_to_one_technician_is_not_linked_to_another()
    {
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => UserLinks.EnsureLinkable("zhang.wei", scenario.Successor.Id, scenario.Leaver, null));

        Assert.That(refusal!.Message, Is.EqualTo("X-5: user zhang.wei is already linked to another technician"));
    }

    [Test]
    public void X5_a_technician_linked_to_one_user_is_not_linked_to_another()
    {
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => UserLinks.EnsureLinkable("someone.else", null, scenario.Leaver, "zhang.wei"));

        Assert.That(refusal!.Message, Is.EqualTo("X-5: technician T-0042 is already linked to user zhang.wei"));
    }

    [Test]
    public void X5_a_departed_technician_is_linked_to_no_user_and_their_user_is_not_enabled_again()
    {
        scenario.EndEveryItem(checklist);
        scenario.SignAll(checklist);
        scenario.Complete(checklist);

        var link = Assert.Throws<BusinessRuleViolationException>(() => UserLinks.EnsureLinkable("zhang.wei", null, scenario.Leaver, null));
        var enable = Assert.Throws<BusinessRuleViolationException>(() => UserLinks.EnsureMayBeEnabled("zhang.wei", scenario.Leaver));

        Assert.Multiple(() =>
        {
            Assert.That(link!.Message, Is.EqualTo("X-5: technician T-0042 has departed"));
            Assert.That(enable!.Message, Is.EqualTo("X-5: user zhang.wei is technician T-0042, who has departed"));
            Assert.DoesNotThrow(() => UserLinks.EnsureMayBeEnabled("chen.jie", scenario.Supervisor));
            Assert.DoesNotThrow(() => UserLinks.EnsureMayBeEnabled("amy", null));
        });
    }
}
