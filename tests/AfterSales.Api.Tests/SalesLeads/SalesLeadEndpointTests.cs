using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Api.Tests.WorkOrders;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.SalesLeads;

public sealed class SalesLeadEndpointTests : WorkOrderTest
{
    private Guid CustomerId => Customer["id"]!.GetValue<Guid>();

    [Test]
    public async Task WO15_a_technician_records_a_lead_as_themselves()
    {
        var technician = await AsAssignedTechnician();

        var response = await technician.PostAsJsonAsync("/api/v1/sales-leads", new { customerId = CustomerId, model = "CNC-7000", note = "Second plant opens in spring" });

        var lead = await response.ShouldBe(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/sales-leads/{lead["id"]}"));
            Assert.That(lead["technicianId"]!.GetValue<Guid>(), Is.EqualTo(TechnicianId));
            Assert.That(lead["recordedBy"]!.GetValue<string>(), Is.EqualTo($"tech-{TechnicianId:N}"));
            Assert.That(Instant(lead["recordedAt"]), Is.EqualTo(ApiFactory.StartOfTests));
            Assert.That(lead["status"]!.GetValue<string>(), Is.EqualTo("Open"));
            Assert.That(lead["customerId"]!.GetValue<Guid>(), Is.EqualTo(CustomerId));
            Assert.That(lead["workOrderId"], Is.Null);
        });

        var dispatcher = await As(Roles.Dispatcher);
        var read = await dispatcher.GetAsync(response.Headers.Location);
        var body = await read.ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(read.Headers.ETag?.Tag, Is.EqualTo($"\"{lead["version"]}\""));
            Assert.That(body["model"]!.GetValue<string>(), Is.EqualTo("CNC-7000"));
            Assert.That(body["note"]!.GetValue<string>(), Is.EqualTo("Second plant opens in spring"));
        });
    }

    [Test]
    public async Task WO15_a_technician_cannot_record_a_lead_for_another_technician()
    {
        var other = (await HireTechnician("T-0043"))["id"]!.GetValue<Guid>();
        var technician = await AsAssignedTechnician();

        var response = await technician.PostAsJsonAsync("/api/v1/sales-leads", new { customerId = CustomerId, model = "CNC-7000", note = "n", technicianId = other });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["technicianId"], Is.Not.Null);
    }

    [Test]
    public async Task WO15_the_dispatch_desk_records_a_lead_naming_the_technician_or_none()
    {
        var dispatcher = await As("dispatcher.li", Roles.Dispatcher);

        var named = await (await dispatcher.PostAsJsonAsync("/api/v1/sales-leads", new { customerId = CustomerId, model = "CNC-7000", note = "Heard on site", technicianId = TechnicianId }))
            .ShouldBe(HttpStatusCode.Created);
        var unnamed = await (await dispatcher.PostAsJsonAsync("/api/v1/sales-leads", new { customerId = CustomerId, model = "PRESS-200", note = "Called in" }))
            .ShouldBe(HttpStatusCode.Created);

        Assert.Multiple(() =>
        {
            Assert.That(named["technicianId"]!.GetValue<Guid>(), Is.EqualTo(TechnicianId));
            Assert.That(named["recordedBy"]!.GetValue<string>(), Is.EqualTo("dispatcher.li"));
            Assert.That(unnamed["technicianId"], Is.Null);
        });
    }

    [Test]
    public async Task WO15_a_lead_may_name_the_work_order_it_came_up_in_but_only_one_of_the_customer()
    {
        var order = await Register();
        await Do(order, "assign", new { technicianId = TechnicianId });
        var otherCustomer = await RegisterCustomer(new { name = "Other", phone = "2", address = "B", zone = "Urban" });
        var technician = await AsAssignedTechnician();

        var linked = await technician.PostAsJsonAsync("/api/v1/sales-leads", new { customerId = CustomerId, model = "CNC-7000", note = "n", workOrderId = order["id"] });
        var wrongCustomer = await technician.PostAsJsonAsync("/api/v1/sales-leads", new { customerId = otherCustomer["id"], model = "CNC-7000", note = "n", workOrderId = order["id"] });

        Assert.That((await linked.ShouldBe(HttpStatusCode.Created))["workOrderId"]!.GetValue<Guid>(), Is.EqualTo(order["id"]!.GetValue<Guid>()));
        var problem = await wrongCustomer.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["workOrderId"], Is.Not.Null);
    }

    [Test]
    public async Task WO15_an_unknown_customer_is_400_naming_customerId()
    {
        var technician = await AsAssignedTechnician();

        var response = await technician.PostAsJsonAsync("/api/v1/sales-leads", new { customerId = Guid.CreateVersion7(), model = "CNC-7000", note = "n" });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["customerId"], Is.Not.Null);
    }

    [Test]
    public async Task WO15_an_empty_model_is_400_naming_model()
    {
        var technician = await AsAssignedTechnician();

        var response = await technician.PostAsJsonAsync("/api/v1/sales-leads", new { customerId = CustomerId, model = " ", note = "n" });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["model"], Is.Not.Null);
    }

    [Test]
    public async Task WO15_HR_cannot_record_a_lead()
    {
        var hr = await As(Roles.HR);

        var response = await hr.PostAsJsonAsync("/api/v1/sales-leads", new { customerId = CustomerId, model = "CNC-7000", note = "n" });

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task WO15_leads_are_listed_for_sales_newest_first_by_status_and_customer()
    {
        var first = await Lead("CNC-7000");
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await Lead("PRESS-200");
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var third = await Lead("SAW-90");
        await Move(second, "won");
        var otherCustomer = await RegisterCustomer(new { name = "Other", phone = "2", address = "B", zone = "Urban" });
        var dispatcher = await As(Roles.Dispatcher);
        await (await dispatcher.PostAsJsonAsync("/api/v1/sales-leads", new { customerId = otherCustomer["id"], model = "LATHE-1", note = "n" })).ShouldBe(HttpStatusCode.Created);
        var manager = await As(Roles.Manager);

        var all = await (await manager.GetAsync($"/api/v1/sales-leads?customerId={CustomerId}")).ShouldBe(HttpStatusCode.OK);
        var open = await (await manager.GetAsync($"/api/v1/sales-leads?status=Open&customerId={CustomerId}")).ShouldBe(HttpStatusCode.OK);
        var won = await (await dispatcher.GetAsync("/api/v1/sales-leads?status=Won")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(Models(all), Is.EqualTo(new[] { "SAW-90", "PRESS-200", "CNC-7000" }));
            Assert.That(all["totalCount"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(all["items"]![0]!["customerName"]!.GetValue<string>(), Is.EqualTo("Huadong Precision"));
            Assert.That(all["items"]![0]!["customerPhone"]!.GetValue<string>(), Is.EqualTo("021-55550001"));
            Assert.That(Ids(open), Is.EqualTo(new[] { third["id"]!.GetValue<Guid>(), first["id"]!.GetValue<Guid>() }));
            Assert.That(Models(won), Is.EqualTo(new[] { "PRESS-200" }));
        });
    }

    [Test]
    public async Task WO15_a_lead_is_contacted_then_won_by_the_dispatch_desk()
    {
        var lead = await Lead("CNC-7000");

        var contacted = await Move(lead, "contacted");
        var won = await Move(contacted, "won", "manager.wang", Roles.Manager);

        Assert.Multiple(() =>
        {
            Assert.That(contacted["status"]!.GetValue<string>(), Is.EqualTo("Contacted"));
            Assert.That(won["status"]!.GetValue<string>(), Is.EqualTo("Won"));
            Assert.That(won["statusChangedBy"]!.GetValue<string>(), Is.EqualTo("manager.wang"));
        });
    }

    [Test]
    public async Task WO15_a_won_lead_cannot_be_lost()
    {
        var lead = await Move(await Lead("CNC-7000"), "won");
        var dispatcher = await As(Roles.Dispatcher);

        var response = await dispatcher.PostAsync($"/api/v1/sales-leads/{lead["id"]}/lost", null);

        var problem = await response.ShouldBeProblem(HttpStatusCode.Conflict, "WO-15");
        Assert.That(problem["ruleId"]!.GetValue<string>(), Is.EqualTo("WO-15"));
    }

    [Test]
    public async Task WO15_a_move_on_a_stale_copy_is_412()
    {
        var lead = await Lead("CNC-7000");
        await Move(lead, "contacted");
        var dispatcher = await As(Roles.Dispatcher);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/sales-leads/{lead["id"]}/won");
        request.Headers.IfMatch.Add(new($"\"{lead["version"]}\""));

        var response = await dispatcher.SendAsync(request);

        await response.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task WO15_a_technician_neither_lists_nor_moves_leads()
    {
        var lead = await Lead("CNC-7000");
        var technician = await AsAssignedTechnician();

        var list = await technician.GetAsync("/api/v1/sales-leads");
        var won = await technician.PostAsync($"/api/v1/sales-leads/{lead["id"]}/won", null);

        await list.ShouldBeProblem(HttpStatusCode.Forbidden);
        await won.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task WO15_an_unknown_lead_is_404()
    {
        var dispatcher = await As(Roles.Dispatcher);

        var response = await dispatcher.GetAsync($"/api/v1/sales-leads/{Guid.CreateVersion7()}");

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    private async Task<JsonNode> Lead(string model)
    {
        var technician = await AsAssignedTechnician();
        var response = await technician.PostAsJsonAsync("/api/v1/sales-leads", new { customerId = CustomerId, model, note = "Asked for a quote" });
        return await response.ShouldBe(HttpStatusCode.Created);
    }

    private async Task<JsonNode> Move(JsonNode lead, string action, string userName = "dispatcher.li", string role = Roles.Dispatcher)
    {
        var client = await As(userName, role);
        return await (await client.PostAsync($"/api/v1/sales-leads/{lead["id"]}/{action}", null)).ShouldBe(HttpStatusCode.OK);
    }

    private static IEnumerable<string> Models(JsonNode page) => page["items"]!.AsArray().Select(item => item!["model"]!.GetValue<string>());

    private static IEnumerable<Guid> Ids(JsonNode page) => page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<Guid>());
}
