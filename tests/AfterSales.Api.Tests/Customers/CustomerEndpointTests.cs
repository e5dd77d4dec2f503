using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using Npgsql;

namespace AfterSales.Api.Tests.Customers;

public sealed class CustomerEndpointTests : ApiTest
{
    [Test]
    public async Task CU1_a_customer_card_holds_contact_details_zone_equipment_and_responsible_technician()
    {
        var technician = await HireTechnician();

        var customer = await RegisterCustomer(new
        {
            name = "华东精密机械有限公司",
            phone = "021-55550001",
            address = "上海市浦东新区张江路 100 号",
            zone = "Suburban",
            responsibleTechnicianId = technician["id"]!.GetValue<Guid>(),
            equipment = new[] { Machine("CNC-5000", "SN-1", "2025-06-01", "2027-06-01", "2028-06-01") },
        });

        var dispatcher = await As(Roles.Dispatcher);
        var read = await (await dispatcher.GetAsync($"/api/v1/customers/{customer["id"]}")).ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(read["name"]!.GetValue<string>(), Is.EqualTo("华东精密机械有限公司"));
            Assert.That(read["zone"]!.GetValue<string>(), Is.EqualTo("Suburban"));
            Assert.That(read["responsibleTechnicianId"]!.GetValue<Guid>(), Is.EqualTo(technician["id"]!.GetValue<Guid>()));
            Assert.That(read["equipment"]![0]!["serialNumber"]!.GetValue<string>(), Is.EqualTo("SN-1"));
            Assert.That(read["equipment"]![0]!["warrantyEndsOn"]!.GetValue<string>(), Is.EqualTo("2027-06-01"));
            Assert.That(read["equipment"]![0]!["contractEndsOn"]!.GetValue<string>(), Is.EqualTo("2028-06-01"));
        });
    }

    [Test]
    public async Task CU1_a_serial_number_already_registered_for_the_model_is_refused_on_any_card()
    {
        await RegisterCustomer(new { name = "First", phone = "1", address = "A", zone = "Urban", equipment = new[] { Machine("CNC-5000", "SN-1", "2025-06-01", "2027-06-01") } });
        var second = await RegisterCustomer(new { name = "Second", phone = "2", address = "B", zone = "Urban" });
        var dispatcher = await As(Roles.Dispatcher);

        var sameMachine = await dispatcher.PostAsJsonAsync($"/api/v1/customers/{second["id"]}/equipment", Machine("cnc-5000", "sn-1", "2025-06-01", "2027-06-01"));
        var otherModel = await dispatcher.PostAsJsonAsync($"/api/v1/customers/{second["id"]}/equipment", Machine("PRESS-200", "SN-1", "2025-06-01", "2027-06-01"));

        await sameMachine.ShouldBeProblem(HttpStatusCode.Conflict, "CU-1");
        var updated = await otherModel.ShouldBe(HttpStatusCode.OK);
        Assert.That(updated["equipment"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CU1_a_customer_whose_second_machine_is_a_duplicate_is_not_written_at_all()
    {
        await RegisterCustomer(new { name = "First", phone = "1", address = "A", zone = "Urban", equipment = new[] { Machine("CNC-5000", "SN-1", "2025-06-01", "2027-06-01") } });
        var dispatcher = await As(Roles.Dispatcher);

        var response = await dispatcher.PostAsJsonAsync("/api/v1/customers", new
        {
            name = "Second",
            phone = "2",
            address = "B",
            zone = "Urban",
            equipment = new[] { Machine("SAW-90", "SN-9", "2025-06-01", "2027-06-01"), Machine("CNC-5000", "SN-1", "2025-06-01", "2027-06-01") },
        });

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "CU-1");
        var customers = await (await dispatcher.GetAsync("/api/v1/customers?search=second")).ReadJson();
        Assert.That(customers["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task CU1_invalid_equipment_dates_are_400_naming_the_field()
    {
        var dispatcher = await As(Roles.Dispatcher);

        var response = await dispatcher.PostAsJsonAsync("/api/v1/customers", new
        {
            name = "First",
            phone = "1",
            address = "A",
            zone = "Urban",
            equipment = new[] { Machine("CNC-5000", "SN-1", "2025-06-01", "2025-05-31") },
        });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["equipment[0].warrantyEndsOn"], Is.Not.Null);
    }

    [Test]
    public async Task CU1_customers_are_found_by_part_of_their_name_or_phone_and_by_zone()
    {
        await RegisterCustomer(new { name = "Suzhou Hengda Hardware", phone = "0512-66660002", address = "A", zone = "Suburban" });
        await RegisterCustomer(new { name = "Anji Bamboo Co-op", phone = "0572-77770003", address = "B", zone = "Remote" });
        var finance = await As(Roles.Finance);

        var byName = await (await finance.GetAsync("/api/v1/customers?search=HENGDA")).ReadJson();
        var byPhone = await (await finance.GetAsync("/api/v1/customers?search=7777")).ReadJson();
        var byZone = await (await finance.GetAsync("/api/v1/customers?zone=Suburban")).ReadJson();

        Assert.Multiple(() =>
        {
            Assert.That(Names(byName), Is.EqualTo(new[] { "Suzhou Hengda Hardware" }));
            Assert.That(Names(byPhone), Is.EqualTo(new[] { "Anji Bamboo Co-op" }));
            Assert.That(Names(byZone), Is.EqualTo(new[] { "Suzhou Hengda Hardware" }));
        });
    }

    [Test]
    public async Task CU1_a_technician_cannot_open_customer_cards()
    {
        var technician = await As(Roles.Technician);

        var response = await technician.PostAsJsonAsync("/api/v1/customers", new { name = "x", phone = "1", address = "a", zone = "Urban" });

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task CU3_contract_reminders_list_contracts_ending_within_30_days_soonest_first()
    {
        // Today is 2026-11-16 in Shanghai.
        await RegisterCustomer(new
        {
            name = "Contracts",
            phone = "1",
            address = "A",
            zone = "Urban",
            equipment = new[]
            {
                Machine("M", "ends-in-30-days", "2020-01-01", "2021-01-01", "2026-12-16"),
                Machine("M", "ends-today", "2020-01-01", "2021-01-01", "2026-11-16"),
                Machine("M", "ends-in-31-days", "2020-01-01", "2021-01-01", "2026-12-17"),
                Machine("M", "ended-yesterday", "2020-01-01", "2021-01-01", "2026-11-15"),
                Machine("M", "no-contract", "2020-01-01", "2021-01-01"),
            },
        });
        var dispatcher = await As(Roles.Dispatcher);

        var reminders = await (await dispatcher.GetAsync("/api/v1/reminders/contracts")).ShouldBe(HttpStatusCode.OK);

        Assert.That(Serials(reminders), Is.EqualTo(new[] { "ends-today", "ends-in-30-days" }));
        Assert.That(reminders["items"]![0]!["customerName"]!.GetValue<string>(), Is.EqualTo("Contracts"));
    }

    [Test]
    public async Task CU3_warranty_reminders_list_warranties_ending_within_90_days()
    {
        await RegisterCustomer(new
        {
            name = "Warranties",
            phone = "1",
            address = "A",
            zone = "Urban",
            equipment = new[]
            {
                Machine("M", "ends-in-90-days", "2025-01-01", "2027-02-14"),
                Machine("M", "ends-in-91-days", "2025-01-01", "2027-02-15"),
                Machine("M", "ends-today", "2025-01-01", "2026-11-16"),
                Machine("M", "ended-yesterday", "2025-01-01", "2026-11-15"),
            },
        });
        var dispatcher = await As(Roles.Dispatcher);

        var reminders = await (await dispatcher.GetAsync("/api/v1/reminders/warranties")).ShouldBe(HttpStatusCode.OK);

        Assert.That(Serials(reminders), Is.EqualTo(new[] { "ends-today", "ends-in-90-days" }));
    }

    [Test]
    public async Task CU3_today_is_the_company_date_not_the_utc_date()
    {
        await RegisterCustomer(new { name = "C", phone = "1", address = "A", zone = "Urban", equipment = new[] { Machine("M", "ends-16th", "2020-01-01", "2021-01-01", "2026-11-16") } });
        var dispatcher = await As(Roles.Dispatcher);
        // 16:30 UTC on the 16th is 00:30 on the 17th in Shanghai: the contract ended yesterday.
        Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 16, 16, 30, 0, TimeSpan.Zero));

        var reminders = await (await dispatcher.GetAsync("/api/v1/reminders/contracts")).ShouldBe(HttpStatusCode.OK);

        Assert.That(Serials(reminders), Is.Empty);
    }

    [Test]
    public async Task CU4_customers_under_warranty_are_due_for_a_visit_90_days_after_the_last_contact()
    {
        var underWarranty = new[] { Machine("M", "W-1", "2026-01-01", "2028-01-01") };
        var visited = await RegisterCustomer(new { name = "Visited on day 5", phone = "1", address = "A", zone = "Urban", equipment = underWarranty });
        await RegisterCustomer(new { name = "Never contacted", phone = "2", address = "B", zone = "Urban", equipment = new[] { Machine("M", "W-2", "2026-01-01", "2028-01-01") } });
        await RegisterCustomer(new { name = "Out of warranty", phone = "3", address = "C", zone = "Urban", equipment = new[] { Machine("M", "W-3", "2020-01-01", "2021-01-01") } });
        var dispatcher = await As(Roles.Dispatcher);
        await (await dispatcher.PostAsJsonAsync($"/api/v1/customers/{visited["id"]}/contacts", new { kind = "Visit", contactedOn = "2026-11-21", note = "Check-up" }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "CU-4"); // the 21st is still in the future
        Factory.Clock.Advance(TimeSpan.FromDays(5));
        await (await dispatcher.PostAsJsonAsync($"/api/v1/customers/{visited["id"]}/contacts", new { kind = "Visit", contactedOn = "2026-11-21", note = "Check-up" }))
            .ShouldBe(HttpStatusCode.OK);

        Factory.Clock.SetUtcNow(ApiFactory.StartOfTests.AddDays(90));
        var dayNinety = await (await dispatcher.GetAsync("/api/v1/reminders/visits")).ShouldBe(HttpStatusCode.OK);
        Factory.Clock.SetUtcNow(ApiFactory.StartOfTests.AddDays(95));
        var dayNinetyFive = await (await dispatcher.GetAsync("/api/v1/reminders/visits")).ShouldBe(HttpStatusCode.OK);

        Assert.That(Names(dayNinety), Is.EqualTo(new[] { "Never contacted" }));
        Assert.That(Names(dayNinetyFive), Is.EqualTo(new[] { "Never contacted", "Visited on day 5" }));
    }

    [Test]
    public async Task CU4_every_contact_is_logged_and_the_log_is_not_read_to_show_the_card_or_register_an_order()
    {
        var customer = await RegisterCustomer(new
        {
            name = "Often visited",
            phone = "1",
            address = "A",
            zone = "Urban",
            equipment = new[] { Machine("M", "L-1", "2026-01-01", "2028-01-01"), Machine("M", "L-2", "2026-01-01", "2028-01-01") },
        });
        var dispatcher = await As(Roles.Dispatcher);
        foreach (var day in new[] { "2026-11-10", "2026-11-13", "2026-11-12" })
        {
            await (await dispatcher.PostAsJsonAsync($"/api/v1/customers/{customer["id"]}/contacts", new { kind = "FollowUpCall", contactedOn = day }))
                .ShouldBe(HttpStatusCode.OK);
        }

        Factory.DatabaseCommands.Reset();
        var card = await (await dispatcher.GetAsync($"/api/v1/customers/{customer["id"]}")).ShouldBe(HttpStatusCode.OK);
        await (await dispatcher.PostAsJsonAsync("/api/v1/work-orders", new
        {
            customerId = customer["id"]!.GetValue<Guid>(),
            equipmentId = customer["equipment"]![1]!["id"]!.GetValue<Guid>(),
            problemDescription = "Leaks oil",
            priority = "Normal",
            channel = "Phone",
        })).ShouldBe(HttpStatusCode.Created);
        var sent = Factory.DatabaseCommands.Texts.ToList();
        var logged = await ContactLogLength(customer["id"]!.GetValue<Guid>());

        Assert.Multiple(() =>
        {
            Assert.That(card["lastContactedOn"]!.GetValue<string>(), Is.EqualTo("2026-11-13"));
            Assert.That(card["equipment"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(sent, Is.Not.Empty);
            Assert.That(sent, Has.None.Contains("contact_records"), "the card and the registration read the contact log");
            Assert.That(logged, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task CU3_reminders_are_for_the_dispatch_desk()
    {
        var technician = await As(Roles.Technician);

        var response = await technician.GetAsync("/api/v1/reminders/visits");

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    private static string[] Names(JsonNode page) =>
        [.. page["items"]!.AsArray().Select(item => (item!["name"] ?? item["customerName"])!.GetValue<string>())];

    private static string[] Serials(JsonNode page) =>
        [.. page["items"]!.AsArray().Select(item => item!["serialNumber"]!.GetValue<string>())];

    private static async Task<long> ContactLogLength(Guid customerId)
    {
        await using var connection = new NpgsqlConnection(ApiFactory.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM aftersales.contact_records WHERE customer_id = @customer", connection);
        count.Parameters.AddWithValue("customer", customerId);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
