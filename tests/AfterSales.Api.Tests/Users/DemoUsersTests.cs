using System.Net;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using AfterSales.Identity.Users;
using AfterSales.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.Users;

/// <summary><c>--seed-demo</c>: a user for each role a walkthrough needs, with one password made for this seeding.</summary>
public sealed class DemoUsersTests : ApiTest
{
    [Test]
    public async Task X5_the_demo_seeding_creates_a_user_per_role_with_one_new_password_and_links_the_lead_and_a_technician()
    {
        DemoSeeding seeding;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            seeding = await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync(CancellationToken.None);
        }

        var admin = await As("seed.checker", Roles.Admin);
        var users = (await (await admin.GetAsync("/api/v1/users?pageSize=100")).ShouldBe(HttpStatusCode.OK))["items"]!.AsArray()
            .Where(user => user!["userName"]!.GetValue<string>() != "seed.checker")
            .ToDictionary(user => user!["userName"]!.GetValue<string>(), user => user!);
        await using var check = Factory.Services.CreateAsyncScope();
        var userManager = check.ServiceProvider.GetRequiredService<UserManager<AfterSalesUser>>();
        var passwordWorks = new List<bool>();
        foreach (var name in users.Keys)
        {
            passwordWorks.Add(await userManager.CheckPasswordAsync((await userManager.FindByNameAsync(name))!, seeding.Password!));
        }

        Assert.Multiple(() =>
        {
            Assert.That(seeding.Loaded, Is.True);
            Assert.That(users.Values.SelectMany(user => user["roles"]!.AsArray().Select(role => role!.GetValue<string>())),
                Is.EquivalentTo(Roles.All), "one user per role");
            Assert.That(users["wang"]["employeeNumber"]!.GetValue<string>(), Is.EqualTo("T-0001"));
            Assert.That(users["zhangwei"]["employeeNumber"]!.GetValue<string>(), Is.EqualTo("T-0003"));
            Assert.That(passwordWorks, Has.Count.EqualTo(11).And.All.True);
            Assert.That(seeding.Users.Select(user => user.UserName), Is.EquivalentTo(users.Keys));
        });
    }
}
