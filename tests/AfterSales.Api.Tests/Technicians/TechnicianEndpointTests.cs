using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Technicians;

public sealed class TechnicianEndpointTests : ApiTest
{
    [Test]
    public async Task TE1_hiring_returns_201_with_location_and_an_active_technician()
    {
        var admin = await As(Roles.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/technicians", new
        {
            employeeNumber = "T-0042",
            name = "Zhang Wei",
            phone = "13800000042",
            team = "East",
            position = "FieldTechnician",
            payLevel = 3,
            hireDate = "2020-03-01",
        });

        var technician = await response.ShouldBe(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/technicians/{technician["id"]}"));
            Assert.That(technician["employeeNumber"]!.GetValue<string>(), Is.EqualTo("T-0042"));
            Assert.That(technician["status"]!.GetValue<string>(), Is.EqualTo("Active"));
            Assert.That(technician["position"]!.GetValue<string>(), Is.EqualTo("FieldTechnician"));
            Assert.That(technician["payLevel"]!.GetValue<int>(), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task TE1_an_employee_number_in_use_is_refused_whatever_its_case()
    {
        await HireTechnician("T-0042");
        var admin = await As(Roles.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/technicians", new
        {
            employeeNumber = "t-0042",
            name = "Li Ming",
            phone = "1",
            team = "West",
            position = "Installer",
            payLevel = 1,
            hireDate = "2024-01-01",
        });

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "TE-1");
        var list = await (await admin.GetAsync("/api/v1/technicians")).ReadJson();
        Assert.That(list["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task TE1_a_pay_level_below_one_and_missing_fields_are_400_with_field_errors()
    {
        var admin = await As(Roles.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/technicians", new { employeeNumber = "T-1", payLevel = 0 });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        Assert.That(errors.Select(error => error.Key), Is.SupersetOf(new[] { "name", "phone", "team", "position", "payLevel", "hireDate" }));
    }

    [Test]
    public async Task TE1_an_unknown_supervisor_is_400()
    {
        var admin = await As(Roles.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/technicians", new
        {
            employeeNumber = "T-0042",
            name = "Zhang Wei",
            phone = "1",
            team = "East",
            position = "Installer",
            payLevel = 1,
            hireDate = "2024-01-01",
            supervisorId = Guid.NewGuid(),
        });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["supervisorId"], Is.Not.Null);
    }

    [Test]
    public async Task TE1_only_admin_or_manager_hire_and_everyone_on_staff_reads()
    {
        var technician = await HireTechnician();
        var dispatcher = await As(Roles.Dispatcher);
        var hr = await As(Roles.HR);

        var hire = await dispatcher.PostAsJsonAsync("/api/v1/technicians", new { employeeNumber = "T-9" });
        var read = await hr.GetAsync($"/api/v1/technicians/{technician["id"]}");

        await hire.ShouldBeProblem(HttpStatusCode.Forbidden);
        await read.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task TE2_a_technician_on_leave_cannot_be_made_responsible_for_a_customer()
    {
        var technician = await HireTechnician("T-0042");
        var customer = await RegisterCustomer(new { name = "Huadong Precision", phone = "021-1", address = "Shanghai", zone = "Urban" });
        var manager = await As(Roles.Manager);
        await (await manager.PostAsync($"/api/v1/technicians/{technician["id"]}/leave", null)).ShouldBe(HttpStatusCode.OK);
        var dispatcher = await As(Roles.Dispatcher);

        var response = await dispatcher.PostAsJsonAsync($"/api/v1/customers/{customer["id"]}/responsible-technician", new { technicianId = technician["id"]!.GetValue<Guid>() });

        var problem = await response.ShouldBeProblem(HttpStatusCode.Conflict, "TE-2");
        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo("TE-2: technician T-0042 is OnLeave"));
        var unchanged = await (await dispatcher.GetAsync($"/api/v1/customers/{customer["id"]}")).ReadJson();
        Assert.That(unchanged["responsibleTechnicianId"], Is.Null);
    }

    [Test]
    public async Task TE2_back_from_leave_the_technician_can_be_made_responsible()
    {
        var technician = await HireTechnician("T-0042");
        var customer = await RegisterCustomer(new { name = "Huadong Precision", phone = "021-1", address = "Shanghai", zone = "Urban" });
        var manager = await As(Roles.Manager);
        await (await manager.PostAsync($"/api/v1/technicians/{technician["id"]}/leave", null)).ShouldBe(HttpStatusCode.OK);
        var back = await (await manager.PostAsync($"/api/v1/technicians/{technician["id"]}/return-from-leave", null)).ShouldBe(HttpStatusCode.OK);
        var dispatcher = await As(Roles.Dispatcher);

        var response = await dispatcher.PostAsJsonAsync($"/api/v1/customers/{customer["id"]}/responsible-technician", new { technicianId = technician["id"]!.GetValue<Guid>() });

        var updated = await response.ShouldBe(HttpStatusCode.OK);
        Assert.That(back["status"]!.GetValue<string>(), Is.EqualTo("Active"));
        Assert.That(updated["responsibleTechnicianId"]!.GetValue<Guid>(), Is.EqualTo(technician["id"]!.GetValue<Guid>()));
    }

    [Test]
    public async Task TE2_registering_a_customer_for_a_technician_on_leave_writes_nothing()
    {
        var technician = await HireTechnician("T-0042");
        var manager = await As(Roles.Manager);
        await (await manager.PostAsync($"/api/v1/technicians/{technician["id"]}/leave", null)).ShouldBe(HttpStatusCode.OK);
        var dispatcher = await As(Roles.Dispatcher);

        var response = await dispatcher.PostAsJsonAsync("/api/v1/customers", new
        {
            name = "Huadong Precision",
            phone = "021-1",
            address = "Shanghai",
            zone = "Urban",
            responsibleTechnicianId = technician["id"]!.GetValue<Guid>(),
        });

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "TE-2");
        var customers = await (await dispatcher.GetAsync("/api/v1/customers")).ReadJson();
        Assert.That(customers["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task TE4_property_is_issued_and_returned_by_a_manager()
    {
        var technician = await HireTechnician();
        var manager = await As(Roles.Manager);

        var issued = await (await manager.PostAsJsonAsync($"/api/v1/technicians/{technician["id"]}/property", new
        {
            kind = "SpecialTool",
            description = "Laser alignment kit",
            assetTag = "LAK-12",
            issuedOn = "2026-10-01",
            originalPrice = 5800.50,
        })).ShouldBe(HttpStatusCode.OK);
        var item = issued["property"]![0]!;
        var returned = await (await manager.PostAsJsonAsync($"/api/v1/technicians/{technician["id"]}/property/{item["id"]}/return", new { on = "2026-11-16" }))
            .ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(item["assetTag"]!.GetValue<string>(), Is.EqualTo("LAK-12"));
            Assert.That(item["originalPrice"]!.GetValue<decimal>(), Is.EqualTo(5800.50m));
            Assert.That(returned["property"]![0]!["returnedOn"]!.GetValue<string>(), Is.EqualTo("2026-11-16"));
            Assert.That(returned["property"]![0]!["compensation"], Is.Null);
        });
    }

    [Test]
    public async Task TE4_a_lost_item_carries_its_original_price_as_compensation()
    {
        var technician = await HireTechnician();
        var manager = await As(Roles.Manager);
        var issued = await (await manager.PostAsJsonAsync($"/api/v1/technicians/{technician["id"]}/property", new
        {
            kind = "Device",
            description = "Diagnostic tablet",
            assetTag = "TAB-0107",
            issuedOn = "2025-11-01",
            originalPrice = 3200,
        })).ShouldBe(HttpStatusCode.OK);

        var lost = await (await manager.PostAsJsonAsync(
            $"/api/v1/technicians/{technician["id"]}/property/{issued["property"]![0]!["id"]}/return",
            new { on = "2026-11-10", lost = true })).ShouldBe(HttpStatusCode.OK);

        Assert.That(lost["property"]![0]!["compensation"]!.GetValue<decimal>(), Is.EqualTo(3200.00m));
        Assert.That(lost["property"]![0]!["lostOn"]!.GetValue<string>(), Is.EqualTo("2026-11-10"));
    }

    [Test]
    public async Task TE4_an_asset_tag_still_out_with_one_technician_cannot_be_issued_to_another()
    {
        var first = await HireTechnician("T-0001");
        var second = await HireTechnician("T-0002");
        var manager = await As(Roles.Manager);
        var tool = new { kind = "Tool", description = "Crimping tool", assetTag = "CT-5", issuedOn = "2026-11-01", originalPrice = 120 };
        await (await manager.PostAsJsonAsync($"/api/v1/technicians/{first["id"]}/property", tool)).ShouldBe(HttpStatusCode.OK);

        var response = await manager.PostAsJsonAsync($"/api/v1/technicians/{second["id"]}/property", tool with { assetTag = "ct-5" });

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "TE-4");
    }

    [Test]
    public async Task TE4_only_a_manager_issues_property()
    {
        var technician = await HireTechnician();
        var lead = await As(Roles.TeamLead);

        var response = await lead.PostAsJsonAsync($"/api/v1/technicians/{technician["id"]}/property", new
        {
            kind = "Tool",
            description = "Crimping tool",
            assetTag = "CT-5",
            issuedOn = "2026-11-01",
            originalPrice = 120,
        });

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task TE5_a_team_lead_records_discipline_attributed_to_them()
    {
        var technician = await HireTechnician();
        var lead = await As("lead.wang", Roles.TeamLead);

        var updated = await (await lead.PostAsJsonAsync($"/api/v1/technicians/{technician["id"]}/discipline", new
        {
            kind = "LeftPostWithoutApproval",
            occurredOn = "2026-11-13",
            note = "Away from site 14:00-14:40",
        })).ShouldBe(HttpStatusCode.OK);

        var record = updated["discipline"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(record["kind"]!.GetValue<string>(), Is.EqualTo("LeftPostWithoutApproval"));
            Assert.That(record["occurredOn"]!.GetValue<string>(), Is.EqualTo("2026-11-13"));
            Assert.That(record["recordedBy"]!.GetValue<string>(), Is.EqualTo("lead.wang"));
        });
    }

    [Test]
    public async Task TE5_a_discipline_record_dated_after_today_in_the_company_time_zone_is_refused()
    {
        var technician = await HireTechnician();
        var lead = await As(Roles.TeamLead);
        // 16:30 UTC on the 16th is already the 17th in Shanghai: the 17th is today, the 18th is the future.
        Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 16, 16, 30, 0, TimeSpan.Zero));

        var today = await lead.PostAsJsonAsync($"/api/v1/technicians/{technician["id"]}/discipline", new { kind = "Absence", occurredOn = "2026-11-17", note = "No show" });
        var tomorrow = await lead.PostAsJsonAsync($"/api/v1/technicians/{technician["id"]}/discipline", new { kind = "Absence", occurredOn = "2026-11-18", note = "No show" });

        await today.ShouldBe(HttpStatusCode.OK);
        await tomorrow.ShouldBeProblem(HttpStatusCode.Conflict, "TE-5");
    }

    [Test]
    public async Task TE5_a_dispatcher_cannot_record_discipline()
    {
        var technician = await HireTechnician();
        var dispatcher = await As(Roles.Dispatcher);

        var response = await dispatcher.PostAsJsonAsync($"/api/v1/technicians/{technician["id"]}/discipline", new { kind = "Absence", occurredOn = "2026-11-13", note = "x" });

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Technicians_are_listed_by_status_and_team()
    {
        await HireTechnician("T-0001", team: "East");
        var onLeave = await HireTechnician("T-0002", team: "East");
        await HireTechnician("T-0003", team: "West");
        var manager = await As(Roles.Manager);
        await (await manager.PostAsync($"/api/v1/technicians/{onLeave["id"]}/leave", null)).ShouldBe(HttpStatusCode.OK);

        var activeEast = await (await manager.GetAsync("/api/v1/technicians?status=Active&team=East")).ReadJson();

        Assert.That(activeEast["items"]!.AsArray().Select(t => t!["employeeNumber"]!.GetValue<string>()), Is.EqualTo(new[] { "T-0001" }));
    }

    [Test]
    public async Task An_unknown_technician_is_404_problem()
    {
        var manager = await As(Roles.Manager);

        var response = await manager.GetAsync($"/api/v1/technicians/{Guid.NewGuid()}");

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
