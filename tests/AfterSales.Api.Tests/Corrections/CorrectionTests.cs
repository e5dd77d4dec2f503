using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Api.Tests.WorkOrders;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Corrections;

/// <summary>CU-1 (r2), TE-1 (r2): corrections as JSON merge patches with If-Match, audited, refused whole where a rule fixes a field.</summary>
public sealed class CorrectionTests : WorkOrderTest
{
    private const string MergePatch = "application/merge-patch+json";

    private Guid CustomerId => Customer["id"]!.GetValue<Guid>();

    [Test]
    public async Task CU1_a_phone_corrected_with_if_match_changes_only_the_phone_and_the_audit_shows_before_and_after()
    {
        var dispatcher = await As("dispatcher.li", Roles.Dispatcher);
        var etag = await ETagOf(dispatcher, $"/api/v1/customers/{CustomerId}");

        var response = await Patch(dispatcher, $"/api/v1/customers/{CustomerId}", new { phone = "021-55559999" }, etag);

        var corrected = await response.ShouldBe(HttpStatusCode.OK);
        var audit = await (await (await As(Roles.Manager)).GetAsync($"/api/v1/audit?entityId={CustomerId}")).ShouldBe(HttpStatusCode.OK);
        var latest = audit["items"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(corrected["phone"]!.GetValue<string>(), Is.EqualTo("021-55559999"));
            Assert.That(corrected["name"]!.GetValue<string>(), Is.EqualTo("Huadong Precision"));
            Assert.That(corrected["address"]!.GetValue<string>(), Is.EqualTo("100 Zhangjiang Rd"));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo(EntityTag(corrected)).And.Not.EqualTo(etag));
            Assert.That(latest["command"]!.GetValue<string>(), Is.EqualTo("CorrectCustomer"));
            Assert.That(latest["changedBy"]!.GetValue<string>(), Is.EqualTo("dispatcher.li"));
            Assert.That(
                JsonNode.DeepEquals(latest["changes"]![0]!["properties"], JsonNode.Parse("""{"phone":{"old":"021-55550001","new":"021-55559999"}}""")),
                Is.True,
                $"the changed field only, before and after: {latest["changes"]}");
        });
    }

    [Test]
    public async Task CU1_a_correction_with_a_stale_if_match_is_412_and_changes_nothing()
    {
        var dispatcher = await As(Roles.Dispatcher);
        var stale = await ETagOf(dispatcher, $"/api/v1/customers/{CustomerId}");
        await (await Patch(dispatcher, $"/api/v1/customers/{CustomerId}", new { address = "200 Zhangjiang Rd" }, stale)).ShouldBe(HttpStatusCode.OK);

        var response = await Patch(dispatcher, $"/api/v1/customers/{CustomerId}", new { phone = "021-55559999" }, stale);

        await response.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        Assert.That((await Card(dispatcher))["phone"]!.GetValue<string>(), Is.EqualTo("021-55550001"));
    }

    [Test]
    public async Task CU1_a_correction_without_if_match_is_428_and_changes_nothing()
    {
        var dispatcher = await As(Roles.Dispatcher);

        var missing = await Patch(dispatcher, $"/api/v1/customers/{CustomerId}", new { phone = "021-55559999" }, ifMatch: null);
        var any = await Patch(dispatcher, $"/api/v1/customers/{CustomerId}", new { phone = "021-55559999" }, ifMatch: "*");

        var problem = await missing.ShouldBeProblem(HttpStatusCode.PreconditionRequired);
        await any.ShouldBeProblem(HttpStatusCode.PreconditionRequired);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("If-Match"));
        Assert.That((await Card(dispatcher))["phone"]!.GetValue<string>(), Is.EqualTo("021-55550001"));
    }

    [Test]
    public async Task CU1_a_correction_must_be_a_merge_patch_document()
    {
        var dispatcher = await As(Roles.Dispatcher);
        var etag = await ETagOf(dispatcher, $"/api/v1/customers/{CustomerId}");

        var plainJson = await Patch(dispatcher, $"/api/v1/customers/{CustomerId}", new { phone = "021-55559999" }, etag, "application/json");
        var unknownMember = await Patch(dispatcher, $"/api/v1/customers/{CustomerId}", new { phone = "021-55559999", fax = "021-55550002" }, etag);
        var removedPhone = await Patch(dispatcher, $"/api/v1/customers/{CustomerId}", new { phone = (string?)null }, etag);

        Assert.That(plainJson.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        var unknown = await unknownMember.ShouldBeProblem(HttpStatusCode.BadRequest);
        var removed = await removedPhone.ShouldBeProblem(HttpStatusCode.BadRequest);
        var card = await Card(dispatcher);
        Assert.Multiple(() =>
        {
            Assert.That(unknown["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "fax" }));
            Assert.That(removed["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "phone" }));
            Assert.That(card["phone"]!.GetValue<string>(), Is.EqualTo("021-55550001"));
        });
    }

    [Test]
    public async Task CU1_only_the_desk_corrects_a_customer_and_an_unknown_one_is_404()
    {
        var dispatcher = await As(Roles.Dispatcher);
        var etag = await ETagOf(dispatcher, $"/api/v1/customers/{CustomerId}");
        await Do(await Register(), "assign", new { technicianId = TechnicianId });

        var byTechnician = await Patch(await AsAssignedTechnician(), $"/api/v1/customers/{CustomerId}", new { phone = "13900000000" }, etag);
        var unknown = await Patch(dispatcher, $"/api/v1/customers/{Guid.NewGuid()}", new { phone = "13900000000" }, etag);

        await byTechnician.ShouldBeProblem(HttpStatusCode.Forbidden);
        await unknown.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task CU1_a_serial_number_is_corrected_until_a_work_order_refers_to_it()
    {
        var dispatcher = await As(Roles.Dispatcher);
        var machine = $"/api/v1/customers/{CustomerId}/equipment/{EquipmentId}";

        var before = await Patch(dispatcher, machine, new { serialNumber = "SN-11" }, await ETagOf(dispatcher, $"/api/v1/customers/{CustomerId}"));
        var corrected = await before.ShouldBe(HttpStatusCode.OK);
        await Register();
        var after = await Patch(dispatcher, machine, new { serialNumber = "SN-12" }, await ETagOf(dispatcher, $"/api/v1/customers/{CustomerId}"));
        var datesAfter = await Patch(dispatcher, machine, new { warrantyEndsOn = "2027-12-01" }, await ETagOf(dispatcher, $"/api/v1/customers/{CustomerId}"));

        await after.ShouldBeProblem(HttpStatusCode.Conflict, "CU-1");
        var dated = await datesAfter.ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(corrected["equipment"]![0]!["serialNumber"]!.GetValue<string>(), Is.EqualTo("SN-11"));
            Assert.That(dated["equipment"]![0]!["serialNumber"]!.GetValue<string>(), Is.EqualTo("SN-11"));
            Assert.That(dated["equipment"]![0]!["warrantyEndsOn"]!.GetValue<string>(), Is.EqualTo("2027-12-01"));
        });
    }

    [Test]
    public async Task CU1_a_patch_naming_a_machines_model_or_owner_is_refused_whole()
    {
        var dispatcher = await As(Roles.Dispatcher);
        var etag = await ETagOf(dispatcher, $"/api/v1/customers/{CustomerId}");
        var machine = $"/api/v1/customers/{CustomerId}/equipment/{EquipmentId}";

        var model = await Patch(dispatcher, machine, new { model = "CNC-7000", purchaseDate = "2025-05-01" }, etag);
        var owner = await Patch(dispatcher, machine, new { customerId = Guid.NewGuid() }, etag);
        var unknownMachine = await Patch(dispatcher, $"/api/v1/customers/{CustomerId}/equipment/{Guid.NewGuid()}", new { purchaseDate = "2025-05-01" }, etag);

        await model.ShouldBeProblem(HttpStatusCode.Conflict, "CU-1");
        await owner.ShouldBeProblem(HttpStatusCode.Conflict, "CU-1");
        await unknownMachine.ShouldBeProblem(HttpStatusCode.NotFound);
        var card = await Card(dispatcher);
        Assert.That(card["equipment"]![0]!["purchaseDate"]!.GetValue<string>(), Is.EqualTo("2025-06-01"));
        Assert.That($"\"{card["version"]}\"", Is.EqualTo(etag), "nothing was written");
    }

    [Test]
    public async Task CU1_a_corrected_phone_reaches_the_technicians_open_order()
    {
        var order = await Do(await Register(), "assign", new { technicianId = TechnicianId }, Roles.Dispatcher);
        var me = await AsAssignedTechnician();
        var token = (await (await me.GetAsync("/api/v1/me/changes")).ShouldBe(HttpStatusCode.OK))["nextToken"]!.GetValue<string>();
        var held = await me.GetAsync($"/api/v1/work-orders/{order["id"]}");
        var heldETag = held.Headers.ETag!.Tag;
        var heldPhone = (await held.ShouldBe(HttpStatusCode.OK))["site"]!["phone"]!.GetValue<string>();
        var dispatcher = await As(Roles.Dispatcher);

        await (await Patch(dispatcher, $"/api/v1/customers/{CustomerId}", new { phone = "021-55559999" }, await ETagOf(dispatcher, $"/api/v1/customers/{CustomerId}"))).ShouldBe(HttpStatusCode.OK);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/work-orders/{order["id"]}") { Headers = { { "If-None-Match", heldETag } } };
        var reread = await me.SendAsync(conditional);
        var body = await reread.ShouldBe(HttpStatusCode.OK);
        var delta = await (await me.GetAsync($"/api/v1/me/changes?since={token}")).ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(heldPhone, Is.EqualTo("021-55550001"));
            Assert.That(reread.Headers.ETag!.Tag, Is.Not.EqualTo(heldETag), "the order's ETag changed with its site");
            Assert.That(body["site"]!["phone"]!.GetValue<string>(), Is.EqualTo("021-55559999"));
            Assert.That(delta["workOrders"]!.AsArray().Select(changed => changed!["id"]!.GetValue<Guid>()), Is.EqualTo(new[] { order["id"]!.GetValue<Guid>() }));
            Assert.That(delta["workOrders"]![0]!["site"]!["phone"]!.GetValue<string>(), Is.EqualTo("021-55559999"));
        });
    }

    [Test]
    public async Task CU1_a_corrected_machine_reaches_its_open_order_but_a_closed_order_is_left_alone()
    {
        var open = await Do(await Register(), "assign", new { technicianId = TechnicianId }, Roles.Dispatcher);
        var cancelled = await Register();
        await Do(cancelled, "cancel", new { reason = "Duplicate" }, Roles.Dispatcher);
        var manager = await As(Roles.Manager);
        var openETag = (await manager.GetAsync($"/api/v1/work-orders/{open["id"]}")).Headers.ETag!.Tag;
        var cancelledETag = (await manager.GetAsync($"/api/v1/work-orders/{cancelled["id"]}")).Headers.ETag!.Tag;
        var dispatcher = await As(Roles.Dispatcher);

        await (await Patch(dispatcher, $"/api/v1/customers/{CustomerId}/equipment/{EquipmentId}", new { contractEndsOn = "2028-12-01" }, await ETagOf(dispatcher, $"/api/v1/customers/{CustomerId}"))).ShouldBe(HttpStatusCode.OK);

        var openNow = (await manager.GetAsync($"/api/v1/work-orders/{open["id"]}")).Headers.ETag!.Tag;
        var cancelledNow = (await manager.GetAsync($"/api/v1/work-orders/{cancelled["id"]}")).Headers.ETag!.Tag;
        Assert.Multiple(() =>
        {
            Assert.That(openNow, Is.Not.EqualTo(openETag));
            Assert.That(cancelledNow, Is.EqualTo(cancelledETag));
        });
    }

    [Test]
    public async Task TE1_a_technicians_phone_pay_level_and_supervisor_are_corrected_with_if_match()
    {
        var supervisor = await HireTechnician("T-0001", position: "TeamLead");
        var manager = await As(Roles.Manager);
        var path = $"/api/v1/technicians/{TechnicianId}";
        var etag = await ETagOf(manager, path);

        var response = await Patch(manager, path, new { phone = "13900000042", payLevel = 4, supervisorId = supervisor["id"] }, etag);
        var cleared = await Patch(manager, path, new { supervisorId = (Guid?)null }, response.Headers.ETag!.Tag);

        var corrected = await response.ShouldBe(HttpStatusCode.OK);
        var withoutSupervisor = await cleared.ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(corrected["phone"]!.GetValue<string>(), Is.EqualTo("13900000042"));
            Assert.That(corrected["payLevel"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(corrected["supervisorId"]!.GetValue<Guid>(), Is.EqualTo(supervisor["id"]!.GetValue<Guid>()));
            Assert.That(corrected["name"]!.GetValue<string>(), Is.EqualTo("Zhang Wei"));
            Assert.That(withoutSupervisor["supervisorId"], Is.Null);
            Assert.That(withoutSupervisor["payLevel"]!.GetValue<int>(), Is.EqualTo(4));
        });
    }

    [Test]
    public async Task TE1_a_pay_level_of_0_an_unknown_supervisor_or_oneself_as_supervisor_is_400()
    {
        var manager = await As(Roles.Manager);
        var path = $"/api/v1/technicians/{TechnicianId}";
        var etag = await ETagOf(manager, path);

        var payLevel = await (await Patch(manager, path, new { payLevel = 0 }, etag)).ShouldBeProblem(HttpStatusCode.BadRequest);
        var unknown = await (await Patch(manager, path, new { supervisorId = Guid.NewGuid() }, etag)).ShouldBeProblem(HttpStatusCode.BadRequest);
        var oneself = await (await Patch(manager, path, new { supervisorId = TechnicianId }, etag)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Multiple(() =>
        {
            Assert.That(payLevel["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "payLevel" }));
            Assert.That(unknown["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "supervisorId" }));
            Assert.That(oneself["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "supervisorId" }));
        });
    }

    [Test]
    public async Task TE1_a_patch_naming_the_team_or_status_is_refused_whole_naming_TE3_and_the_employee_number_naming_TE1()
    {
        var manager = await As(Roles.Manager);
        var path = $"/api/v1/technicians/{TechnicianId}";
        var etag = await ETagOf(manager, path);

        var team = await Patch(manager, path, new { phone = "13900000042", team = "West" }, etag);
        var status = await Patch(manager, path, new { status = "Departed" }, etag);
        var employeeNumber = await Patch(manager, path, new { employeeNumber = "T-0099" }, etag);

        await team.ShouldBeProblem(HttpStatusCode.Conflict, "TE-3");
        await status.ShouldBeProblem(HttpStatusCode.Conflict, "TE-3");
        await employeeNumber.ShouldBeProblem(HttpStatusCode.Conflict, "TE-1");
        var read = await (await manager.GetAsync(path)).ShouldBe(HttpStatusCode.OK);
        Assert.That((read["team"]!.GetValue<string>(), read["status"]!.GetValue<string>(), read["phone"]!.GetValue<string>()), Is.EqualTo(("East", "Active", "13800000042")));
    }

    [Test]
    public async Task TE1_a_technician_or_dispatcher_cannot_correct_a_technician_and_an_unknown_one_is_404()
    {
        var manager = await As(Roles.Manager);
        var etag = await ETagOf(manager, $"/api/v1/technicians/{TechnicianId}");

        var own = await Patch(await AsAssignedTechnician(), $"/api/v1/technicians/{TechnicianId}", new { phone = "13900000042" }, etag);
        var dispatcher = await Patch(await As(Roles.Dispatcher), $"/api/v1/technicians/{TechnicianId}", new { phone = "13900000042" }, etag);
        var unknown = await Patch(manager, $"/api/v1/technicians/{Guid.NewGuid()}", new { phone = "13900000042" }, etag);

        await own.ShouldBeProblem(HttpStatusCode.Forbidden);
        await dispatcher.ShouldBeProblem(HttpStatusCode.Forbidden);
        await unknown.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task WO6_a_remote_orders_arrival_clock_uses_its_contracts_hours()
    {
        var dispatcher = await As(Roles.Dispatcher);
        var card = await (await dispatcher.PostAsJsonAsync(
            $"/api/v1/customers/{CustomerId}/equipment",
            new { model = "SAW-90", serialNumber = "SN-90-1", purchaseDate = "2025-06-01", warrantyEndsOn = "2026-06-01", contractEndsOn = "2027-06-01", arrivalWorkingHours = 24 })).ShouldBe(HttpStatusCode.OK);
        var contracted = card["equipment"]!.AsArray().Single(machine => machine!["serialNumber"]!.GetValue<string>() == "SN-90-1")!;

        // Received Monday 2026-11-16 10:00 in Shanghai: 7.5 working hours that day, 9 on Tuesday, 7.5 from Wednesday 08:30.
        var withContractHours = await RegisterRemote(contracted["id"]!.GetValue<Guid>());
        var withoutContractHours = await RegisterRemote(EquipmentId);

        var contractDeadline = Instant((await Sla(withContractHours, "arrival"))["deadline"]);
        var defaultDeadline = Instant((await Sla(withoutContractHours, "arrival"))["deadline"]);
        Assert.Multiple(() =>
        {
            Assert.That(contracted["arrivalWorkingHours"]!.GetValue<int>(), Is.EqualTo(24));
            Assert.That(contractDeadline, Is.EqualTo(Shanghai(2026, 11, 18, 16)));
            Assert.That(defaultDeadline, Is.EqualTo(Shanghai(2026, 11, 17, 17)), "[Sla:ArrivalWorkingHours:Remote] 16");
        });
    }

    [Test]
    public async Task WO6_contract_hours_corrected_on_a_machine_apply_to_the_next_remote_order()
    {
        var dispatcher = await As(Roles.Dispatcher);

        var corrected = await (await Patch(dispatcher, $"/api/v1/customers/{CustomerId}/equipment/{EquipmentId}", new { arrivalWorkingHours = 12 }, await ETagOf(dispatcher, $"/api/v1/customers/{CustomerId}"))).ShouldBe(HttpStatusCode.OK);
        var order = await RegisterRemote(EquipmentId);
        var outOfRange = await Patch(dispatcher, $"/api/v1/customers/{CustomerId}/equipment/{EquipmentId}", new { arrivalWorkingHours = 0 }, await ETagOf(dispatcher, $"/api/v1/customers/{CustomerId}"));

        // The machine is under warranty until 2027-06-01 and under contract until 2028-06-01. Monday 10:00 + 12 working hours: 7.5 that day, 4.5 from Tuesday 08:30.
        Assert.That(corrected["equipment"]![0]!["arrivalWorkingHours"]!.GetValue<int>(), Is.EqualTo(12));
        Assert.That(Instant((await Sla(order, "arrival"))["deadline"]), Is.EqualTo(Shanghai(2026, 11, 17, 13)));
        await outOfRange.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task WO6_a_machine_registered_with_a_new_order_brings_its_contracts_hours()
    {
        var order = await (await (await As(Roles.Dispatcher)).PostAsJsonAsync("/api/v1/work-orders", new
        {
            customerId = CustomerId,
            equipment = new { model = "PRESS-200", serialNumber = "SN-200-7", purchaseDate = "2024-01-10", warrantyEndsOn = "2025-01-10", contractEndsOn = "2027-01-10", arrivalWorkingHours = 20 },
            problemDescription = "Hydraulic pressure drops",
            zone = "Remote",
            priority = "Normal",
            channel = "Phone",
        })).ShouldBe(HttpStatusCode.Created);

        // Monday 10:00 + 20 working hours: 7.5 that day, 9 on Tuesday, 3.5 from Wednesday 08:30.
        Assert.That(Instant((await Sla(order, "arrival"))["deadline"]), Is.EqualTo(Shanghai(2026, 11, 18, 12)));
    }

    private async Task<JsonNode> RegisterRemote(Guid equipmentId) =>
        await (await (await As(Roles.Dispatcher)).PostAsJsonAsync("/api/v1/work-orders", new
        {
            customerId = CustomerId,
            equipmentId,
            problemDescription = "Blade guard jams",
            zone = "Remote",
            priority = "Normal",
            channel = "Phone",
        })).ShouldBe(HttpStatusCode.Created);

    private async Task<JsonNode> Card(HttpClient client) =>
        await (await client.GetAsync($"/api/v1/customers/{CustomerId}")).ShouldBe(HttpStatusCode.OK);

    private static string EntityTag(JsonNode resource) => $"\"{resource["version"]}\"";

    private static async Task<string> ETagOf(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        return response.Headers.ETag!.Tag;
    }

    private static async Task<HttpResponseMessage> Patch(HttpClient client, string path, object patch, string? ifMatch, string mediaType = MergePatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = JsonContent.Create(patch, mediaType: new MediaTypeHeaderValue(mediaType)) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }
}
