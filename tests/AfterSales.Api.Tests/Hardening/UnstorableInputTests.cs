using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Hardening;

/// <summary>Input the bad-input sweep found answered 500: valid JSON and HTTP, but nothing PostgreSQL or the decoder can take.</summary>
public sealed class UnstorableInputTests : ApiTest
{
    [Test]
    public async Task A_nul_character_in_a_body_field_is_400_and_nothing_is_stored()
    {
        var response = await (await As(Roles.Dispatcher)).PostAsJsonAsync("/api/v1/customers", new { name = "Huadong\u0000Precision", phone = "021-55550001", address = "100 Zhangjiang Rd", zone = "Urban" });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("NUL"));
        var customers = await (await (await As(Roles.Dispatcher)).GetAsync("/api/v1/customers")).ShouldBe(HttpStatusCode.OK);
        Assert.That(customers["totalCount"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task A_nul_character_in_a_query_filter_is_400()
    {
        var response = await (await As(Roles.Manager)).GetAsync("/api/v1/technicians?team=East%00");

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_nul_character_in_an_idempotency_key_is_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/customers")
        {
            Content = JsonContent.Create(new { name = "Huadong Precision", phone = "021-55550001", address = "100 Zhangjiang Rd", zone = "Urban" }),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", "key\u0000one");

        var response = await (await As(Roles.Dispatcher)).SendAsync(request);

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_body_that_is_not_utf8_is_400()
    {
        var notUtf8 = new ByteArrayContent([.. "{\"na"u8, 0xC3, 0x28, .. "me\": \"Huadong\"}"u8]);
        notUtf8.Headers.ContentType = new("application/json");

        var response = await (await As(Roles.Dispatcher)).PostAsync("/api/v1/customers", notUtf8);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("UTF-8"));
    }
}
