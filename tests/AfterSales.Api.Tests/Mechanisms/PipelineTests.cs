using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Mechanisms;

public sealed class PipelineTests : ApiTest
{
    [Test]
    public async Task Domain_event_reactions_run_when_a_command_commits()
    {
        await HireTechnician("T-0042");

        Assert.That(Factory.HiredEvents.EmployeeNumbers, Is.EqualTo(new[] { "T-0042" }));
    }

    [Test]
    public async Task A_reaction_that_refuses_rolls_back_the_whole_command()
    {
        var admin = await As(Roles.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/technicians", new
        {
            employeeNumber = "T-REFUSED",
            name = "Zhang Wei",
            phone = "1",
            team = "East",
            position = "Installer",
            payLevel = 1,
            hireDate = "2024-01-01",
        });

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "TEST-1");
        var technicians = await (await admin.GetAsync("/api/v1/technicians")).ReadJson();
        Assert.That(technicians["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task X4_lists_are_paged_and_a_page_size_over_100_is_refused()
    {
        for (var i = 1; i <= 3; i++)
        {
            await HireTechnician($"T-000{i}");
        }

        var manager = await As(Roles.Manager);
        var second = await (await manager.GetAsync("/api/v1/technicians?page=2&pageSize=2")).ShouldBe(HttpStatusCode.OK);
        var tooLarge = await manager.GetAsync("/api/v1/technicians?pageSize=500");

        Assert.Multiple(() =>
        {
            Assert.That(second["page"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(second["pageSize"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(second["totalCount"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(second["items"]!.AsArray().Select(t => t!["employeeNumber"]!.GetValue<string>()), Is.EqualTo(new[] { "T-0003" }));
        });
        await tooLarge.ShouldBeProblem(HttpStatusCode.BadRequest);
    }
}
