using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Api.Tests.WorkOrders;
using AfterSales.Application.Security;
using AfterSales.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.Auth;

/// <summary>X-5: behind every token a user; "own" comes from the user record, and a disabled user is refused.</summary>
public sealed class SignedInUserTests : WorkOrderTest
{
    [Test]
    public async Task X5_a_token_claiming_another_technicians_id_sees_only_the_signed_in_users_orders()
    {
        var colleague = (await HireTechnician("T-0043"))["id"]!.GetValue<Guid>();
        var own = await Register();
        await Do(own, "assign", new { technicianId = TechnicianId });
        var theirs = await Register();
        await Do(theirs, "assign", new { technicianId = colleague });
        await AsAssignedTechnician(); // the dev user tech-<id>, linked to the technician on its record
        var claimingColleague = Factory.ClientWith(Factory.MintedDevToken($"tech-{TechnicianId:N}", colleague, Roles.Technician));

        var list = await (await claimingColleague.GetAsync("/api/v1/work-orders?pageSize=100")).ShouldBe(HttpStatusCode.OK);
        var other = await claimingColleague.GetAsync($"/api/v1/work-orders/{theirs["id"]}");

        Assert.Multiple(async () =>
        {
            Assert.That(list["items"]!.AsArray().Select(item => item!["id"]!.GetValue<Guid>()), Is.EqualTo(new[] { own["id"]!.GetValue<Guid>() }));
            await other.ShouldBeProblem(HttpStatusCode.NotFound);
        });
    }

    [Test]
    public async Task X5_a_dev_user_is_linked_to_one_technician_and_a_technician_to_one_user()
    {
        var colleague = (await HireTechnician("T-0043"))["id"]!.GetValue<Guid>();
        await AsAssignedTechnician();

        var otherTechnician = await Anonymous().PostAsJsonAsync("/api/v1/auth/dev-token", new { userName = $"tech-{TechnicianId:N}", roles = new[] { Roles.Technician }, technicianId = colleague });
        var otherUser = await Anonymous().PostAsJsonAsync("/api/v1/auth/dev-token", new { userName = "someone.else", roles = new[] { Roles.Technician }, technicianId = TechnicianId });

        await otherTechnician.ShouldBeProblem(HttpStatusCode.Conflict, "X-5");
        await otherUser.ShouldBeProblem(HttpStatusCode.Conflict, "X-5");
    }

    [Test]
    public async Task X5_a_disabled_user_is_refused()
    {
        var manager = await As("leaving.manager", Roles.Manager);
        await (await manager.GetAsync("/api/v1/technicians")).ShouldBe(HttpStatusCode.OK);

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AfterSalesUser>>();
            var user = (await users.FindByNameAsync("leaving.manager"))!;
            user.Disabled = true;
            await users.UpdateAsync(user);
            scope.ServiceProvider.GetRequiredService<UserDirectory>().Forget("leaving.manager");
        }

        var refused = await manager.GetAsync("/api/v1/technicians");

        await refused.ShouldBeProblem(HttpStatusCode.Unauthorized);
    }
}
