using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using AfterSales.Api.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Api.Tests.Mechanisms;

public sealed class AuthenticationTests : ApiTest
{
    [Test]
    public async Task Without_a_token_the_api_answers_401_problem_details()
    {
        var response = await Anonymous().GetAsync("/api/v1/technicians");

        await response.ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_token_signed_with_another_key_is_401()
    {
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "aftersales",
            Audience = "aftersales-api",
            Subject = new ClaimsIdentity([new Claim("sub", "mallory"), new Claim("role", "Admin")]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(48)), SecurityAlgorithms.HmacSha256),
        });
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        var response = await client.GetAsync("/api/v1/technicians");

        await response.ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_role_outside_the_endpoint_policy_is_403()
    {
        var client = await As("visitor", "Dispatcher");
        var response = await client.GetAsync("/api/v1/audit?entityId=" + Guid.NewGuid());

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task The_dev_token_endpoint_refuses_unknown_roles_and_empty_names_with_400()
    {
        var response = await Anonymous().PostAsJsonAsync("/api/v1/auth/dev-token", new { userName = "", roles = new[] { "Superuser" } });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(error => error.Key), Is.EquivalentTo(new[] { "userName", "roles" }));
    }

    [Test]
    public async Task The_dev_token_endpoint_does_not_exist_when_dev_tokens_are_disabled()
    {
        await using var production = new ApiFactory(new Dictionary<string, string?> { ["Auth:DevTokens:Enabled"] = "false" });

        var response = await production.CreateClient().PostAsJsonAsync("/api/v1/auth/dev-token", new { userName = "amy", roles = new[] { "Admin" } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public void The_api_refuses_to_start_without_a_signing_key()
    {
        using var misconfigured = new ApiFactory(new Dictionary<string, string?> { ["Auth:Jwt:SigningKey"] = string.Empty });

        var failure = Assert.Catch(() => _ = misconfigured.Server);

        Assert.That(failure!.ToString(), Does.Contain("Auth:Jwt:SigningKey is not set"));
    }
}
