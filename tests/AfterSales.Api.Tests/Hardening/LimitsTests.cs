using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AfterSales.Api.Http;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.Hardening;

/// <summary>The caps API.md promises: page sizes (X-4) and rate limits per caller (429 with Retry-After).</summary>
public sealed class LimitsTests : ApiTest
{
    [TestCase("pageSize", IPagedQuery.MaxPageSize + 1, TestName = "X4_every_paged_list_refuses_a_page_size_over_the_cap_with_400")]
    [TestCase("page", int.MaxValue, TestName = "X4_every_paged_list_refuses_a_page_past_any_offset_with_400_not_500")]
    public async Task X4_every_paged_list_refuses_paging_out_of_range(string parameter, int value)
    {
        var document = JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        var lists = (
            from path in document["paths"]!.AsObject()
            let get = path.Value!["get"]
            where get?["parameters"]?.AsArray().Any(parameter => parameter!["name"]!.GetValue<string>() == "pageSize") == true
            select path.Key).ToList();
        var reader = await As("reader", [.. Roles.All]);

        var refusals = new Dictionary<string, string>();
        foreach (var list in lists)
        {
            var response = await reader.GetAsync($"{list}?{parameter}={value}");
            var problem = await response.ReadJson();
            refusals[list] = $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {parameter} named: {problem["errors"]?[parameter] is not null}";
        }

        Assert.That(lists, Has.Count.GreaterThanOrEqualTo(13), "the OpenAPI document was read");
        Assert.That(refusals.Values, Has.All.EqualTo($"400 application/problem+json {parameter} named: True"), string.Join("\n", refusals));
    }

    [Test]
    public async Task The_rate_limit_is_read_from_configuration_and_kept_per_caller()
    {
        await using var limited = new ApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:PermitsPerWindow"] = "2",
            ["RateLimiting:WindowSeconds"] = "90",
        });
        var busy = await limited.ClientAs("busy", Roles.Manager);
        var quiet = await limited.ClientAs("quiet", Roles.Manager);

        var busyStatuses = new List<HttpStatusCode>();
        HttpResponseMessage refused = null!;
        for (var i = 0; i < 3; i++)
        {
            refused = await busy.GetAsync("/api/v1/technicians");
            busyStatuses.Add(refused.StatusCode);
        }

        var quietStatuses = new[] { (await quiet.GetAsync("/api/v1/technicians")).StatusCode, (await quiet.GetAsync("/api/v1/technicians")).StatusCode };

        Assert.That(busyStatuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }), "two permits, as configured");
        Assert.That(quietStatuses, Has.All.EqualTo(HttpStatusCode.OK), "another caller has a budget of their own");
        var problem = await refused.ShouldBeProblem(HttpStatusCode.TooManyRequests);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("Retry-After"));
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        Assert.That(retryAfter, Is.InRange(1, 90), "whole seconds until the configured window ends");
    }

    [TestCase("Production", true)]
    [TestCase("Benchmark", false)]
    public void Rate_limiting_is_on_by_default_and_off_in_the_benchmark_profile(string environment, bool enabled)
    {
        var contentRoot = Factory.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
        var configuration = new ConfigurationBuilder()
            .SetBasePath(contentRoot)
            .AddJsonFile("appsettings.json")
            .AddJsonFile($"appsettings.{environment}.json", optional: environment == "Production")
            .Build();

        var options = configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>()!;

        Assert.That(options.Enabled, Is.EqualTo(enabled));
    }

    [Test]
    public async Task A_body_over_the_limit_without_a_declared_length_is_413_on_kestrel()
    {
        await using var kestrel = new ApiFactory();
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var admin = await kestrel.ClientAs("admin", Roles.Admin);
        var overLimit = Encoding.UTF8.GetBytes($"{{\"employeeNumber\": \"T-1\", \"name\": \"{new string('x', 2 * 1024 * 1024)}\"}}");
        // Chunked: no length is declared, so only reading the body finds its size, which the test server never does.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/technicians") { Content = new StreamContent(new MemoryStream(overLimit)) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await admin.SendAsync(request);

        await response.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge);
    }
}
