using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Api.Tests.WorkOrders;
using AfterSales.Application.Security;
using AfterSales.Infrastructure.Customers;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.Customers;

/// <summary>
/// CU-3 (r2) over HTTP: on Monday 2026-11-16 a contract ending 2026-12-16 (30 days on) opens a renewal task for the
/// customer's responsible technician, T-0042; one ending 2026-12-17 (31 days) does not yet.
/// </summary>
public sealed class RenewalTaskTests : WorkOrderTest
{
    private JsonNode renewing = null!;

    [SetUp]
    public async Task RegisterContractCustomersAsync()
    {
        renewing = await RegisterCustomer(new
        {
            name = "Minhang Tools",
            phone = "021-55550002",
            address = "8 Jianchuan Rd",
            zone = "Urban",
            equipment = new[] { Machine("CNC-5000", "SN-30", "2023-01-10", "2024-01-10", "2026-12-16"), Machine("CNC-5000", "SN-31", "2023-01-10", "2024-01-10", "2026-12-17") },
        });
        await (await (await As(Roles.Dispatcher)).PostAsJsonAsync($"/api/v1/customers/{renewing["id"]}/responsible-technician", new { technicianId = TechnicianId }))
            .ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task CU3_a_contract_entering_the_30_day_window_opens_one_task_for_the_responsible_technician()
    {
        var opened = await OpenDue();
        var again = await OpenDue();

        var tasks = await List(await AsTechnician(TechnicianId));
        Assert.Multiple(() =>
        {
            Assert.That((opened, again), Is.EqualTo((1, 0)), "once per contract end date");
            Assert.That(tasks, Has.Count.EqualTo(1));
            Assert.That(tasks[0]["serialNumber"]!.GetValue<string>(), Is.EqualTo("SN-30"));
            Assert.That(tasks[0]["contractEndsOn"]!.GetValue<string>(), Is.EqualTo("2026-12-16"));
            Assert.That(tasks[0]["technicianId"]!.GetValue<Guid>(), Is.EqualTo(TechnicianId));
            Assert.That(tasks[0]["customerName"]!.GetValue<string>(), Is.EqualTo("Minhang Tools"));
            Assert.That(tasks[0]["status"]!.GetValue<string>(), Is.EqualTo("Open"));
        });
    }

    [Test]
    public async Task CU3_two_instances_opening_at_once_open_the_task_once()
    {
        var rounds = await Task.WhenAll(OpenDue(), OpenDue());

        Assert.That(rounds.Sum(), Is.EqualTo(1));
        Assert.That(await List(await As(Roles.Dispatcher)), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CU3_the_next_day_the_31_day_contract_enters_the_window()
    {
        await OpenDue();
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 17, 9));

        var opened = await OpenDue();

        Assert.That(opened, Is.EqualTo(1));
        Assert.That((await List(await As(Roles.Dispatcher))).Select(task => task["serialNumber"]!.GetValue<string>()), Is.EqualTo(new[] { "SN-30", "SN-31" }));
    }

    [Test]
    public async Task CU3_renewed_with_a_new_end_date_updates_the_machine_and_opens_no_new_task()
    {
        await OpenDue();
        var task = (await List(await AsTechnician(TechnicianId))).Single();
        var technician = await AsTechnician(TechnicianId);

        var recorded = await (await technician.PostAsJsonAsync($"/api/v1/renewal-tasks/{task["id"]}/outcome", new { outcome = "Renewed", note = "Signed for two years", renewedUntil = "2028-12-16" }))
            .ShouldBe(HttpStatusCode.OK);
        var again = await technician.PostAsJsonAsync($"/api/v1/renewal-tasks/{task["id"]}/outcome", new { outcome = "Declined" });
        var card = await (await (await As(Roles.Dispatcher)).GetAsync($"/api/v1/customers/{renewing["id"]}")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(recorded["status"]!.GetValue<string>(), Is.EqualTo("Renewed"));
            Assert.That(recorded["renewedUntil"]!.GetValue<string>(), Is.EqualTo("2028-12-16"));
            Assert.That(recorded["outcomeBy"], Is.Not.Null);
            Assert.That(card["equipment"]!.AsArray().Single(item => item!["serialNumber"]!.GetValue<string>() == "SN-30")!["contractEndsOn"]!.GetValue<string>(), Is.EqualTo("2028-12-16"));
        });
        await again.ShouldBeProblem(HttpStatusCode.Conflict, "CU-3");
        Assert.That(await OpenDue(), Is.EqualTo(0));
    }

    [Test]
    public async Task CU3_pending_keeps_the_task_on_the_open_list_and_filters_by_status()
    {
        await OpenDue();
        var task = (await List(await As(Roles.Dispatcher))).Single();

        await (await (await As(Roles.Dispatcher)).PostAsJsonAsync($"/api/v1/renewal-tasks/{task["id"]}/outcome", new { outcome = "Pending", note = "Wants a quote" }))
            .ShouldBe(HttpStatusCode.OK);

        Assert.That(await List(await As(Roles.Dispatcher), "?status=Pending"), Has.Count.EqualTo(1));
        Assert.That(await List(await As(Roles.Dispatcher), "?status=Open"), Is.Empty);
        Assert.That(await List(await As(Roles.Dispatcher), $"?technicianId={TechnicianId}"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CU3_another_technician_neither_sees_nor_records_the_task()
    {
        await OpenDue();
        var task = (await List(await As(Roles.Dispatcher))).Single();
        var colleague = await AsTechnician((await HireTechnician("T-0043"))["id"]!.GetValue<Guid>());

        var listed = await List(colleague);
        var read = await colleague.GetAsync($"/api/v1/renewal-tasks/{task["id"]}");
        var recorded = await colleague.PostAsJsonAsync($"/api/v1/renewal-tasks/{task["id"]}/outcome", new { outcome = "Declined" });

        Assert.That(listed, Is.Empty);
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task CU3_a_new_end_date_with_an_outcome_other_than_renewed_is_400()
    {
        await OpenDue();
        var task = (await List(await As(Roles.Dispatcher))).Single();

        var response = await (await As(Roles.Dispatcher)).PostAsJsonAsync($"/api/v1/renewal-tasks/{task["id"]}/outcome", new { outcome = "Declined", renewedUntil = "2028-12-16" });

        Assert.That((await response.ShouldBeProblem(HttpStatusCode.BadRequest))["errors"]!["renewedUntil"], Is.Not.Null);
    }

    private static Task<int> OpenDue() => Factory.Services.GetRequiredService<RenewalTaskOpener>().OpenDueAsync(CancellationToken.None);

    private static async Task<List<JsonNode>> List(HttpClient client, string query = "")
    {
        var page = await (await client.GetAsync($"/api/v1/renewal-tasks{query}")).ShouldBe(HttpStatusCode.OK);
        return [.. page["items"]!.AsArray().Select(item => item!)];
    }
}
