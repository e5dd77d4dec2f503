using System.Net;
using System.Net.Http.Json;
using System.Text;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Mechanisms;

public sealed class ProblemDetailsTests : ApiTest
{
    [TestCase("{\"employeeNumber\": ", TestName = "Malformed_json_is_400")]
    [TestCase("{\"employeeNumber\": \"T-1\", \"payLevel\": \"three\"}", TestName = "A_number_given_as_text_is_400")]
    [TestCase("{\"employeeNumber\": \"T-1\", \"position\": \"Astronaut\"}", TestName = "An_unknown_enum_value_is_400")]
    [TestCase("{\"employeeNumber\": \"T-1\", \"hireDate\": \"31/12/2024\"}", TestName = "A_date_in_the_wrong_format_is_400")]
    [TestCase("", TestName = "A_missing_body_is_400")]
    public async Task Bad_request_bodies_are_400_problem_details_never_500(string body)
    {
        var admin = await As(Roles.Admin);

        var response = await admin.PostAsync("/api/v1/technicians", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_wrongly_typed_field_is_named_in_errors()
    {
        var admin = await As(Roles.Admin);

        var response = await admin.PostAsync("/api/v1/technicians", new StringContent("{\"payLevel\": \"three\"}", Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["$.payLevel"], Is.Not.Null);
    }

    [TestCase("/api/v1/technicians?page=abc")]
    [TestCase("/api/v1/technicians?status=Retired")]
    [TestCase("/api/v1/technicians?page=0")]
    [TestCase("/api/v1/technicians?pageSize=0")]
    [TestCase("/api/v1/audit")]
    public async Task Bad_query_parameters_are_400(string url)
    {
        var manager = await As(Roles.Manager);

        var response = await manager.GetAsync(url);

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_body_of_another_media_type_is_415()
    {
        var admin = await As(Roles.Admin);

        var response = await admin.PostAsync("/api/v1/technicians", new StringContent("employeeNumber=T-1", Encoding.UTF8, "text/plain"));

        await response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task A_body_over_one_megabyte_is_413_and_not_read()
    {
        var admin = await As(Roles.Admin);
        var huge = new string('x', (1024 * 1024) + 1);

        var response = await admin.PostAsJsonAsync("/api/v1/technicians", new { employeeNumber = "T-1", name = huge });

        await response.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge);
        var technicians = await (await admin.GetAsync("/api/v1/technicians")).ReadJson();
        Assert.That(technicians["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task An_unknown_route_is_404_problem_details()
    {
        var admin = await As(Roles.Admin);

        var response = await admin.GetAsync("/api/v1/no-such-thing");

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_rule_refusal_is_409_naming_the_rule_in_detail_and_rule_id()
    {
        await HireTechnician("T-0042");
        var admin = await As(Roles.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/technicians", new
        {
            employeeNumber = "T-0042",
            name = "Li",
            phone = "1",
            team = "East",
            position = "Installer",
            payLevel = 1,
            hireDate = "2024-01-01",
        });

        var problem = await response.ShouldBeProblem(HttpStatusCode.Conflict, "TE-1");
        Assert.That(problem["ruleId"]!.GetValue<string>(), Is.EqualTo("TE-1"));
    }

    [Test]
    public async Task Every_response_carries_a_correlation_id_and_problems_repeat_it()
    {
        var manager = await As(Roles.Manager);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/technicians/{Guid.NewGuid()}");
        request.Headers.Add("X-Correlation-Id", "desk-7f3a");

        var response = await manager.SendAsync(request);
        var generated = await manager.GetAsync("/api/v1/technicians");

        var problem = await response.ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("X-Correlation-Id").Single(), Is.EqualTo("desk-7f3a"));
            Assert.That(problem["correlationId"]!.GetValue<string>(), Is.EqualTo("desk-7f3a"));
            Assert.That(generated.Headers.GetValues("X-Correlation-Id").Single(), Has.Length.GreaterThanOrEqualTo(16));
        });
    }
}
