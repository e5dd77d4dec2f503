using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AfterSales.Api.Auth;
using AfterSales.Api.Tests.Complaints;
using AfterSales.Api.Tests.Hardening.Sweep;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Api.Tests.Hardening;

/// <summary>
/// Every operation of the OpenAPI document, sent bad input a client could send (see <see cref="BadInputs"/>) by a
/// caller the authorization matrix allows, and with bad tokens. Whatever the answer, it is never a 5xx; an error is
/// RFC 9457 problem+json whose status is the HTTP status, and it names no internals.
/// </summary>
public sealed class BadInputSweepTests : ComplaintTest
{
    /// <summary>Change to explore other values; a failure names the request, which the same seed sends again.</summary>
    private const int Seed = 20261123;

    /// <summary>What an answer must never contain: stack frames, exception and driver names, SQL, source paths.</summary>
    private static readonly string[] Internals =
        ["   at ", "Exception", "Npgsql", "Postgres", "SQLSTATE", "SELECT ", "INSERT ", "UPDATE ", "DELETE ", "relation \"", ".cs:line", "/src/", "/work/", "StackTrace"];

    private readonly Dictionary<string, Guid> seeded = new(StringComparer.OrdinalIgnoreCase);

    [Test]
    public async Task Bad_input_to_any_operation_is_a_client_error_in_problem_json_never_a_5xx()
    {
        var document = await SeedAndReadDocument();
        var operations = document.All();
        var inputs = new BadInputs(document, Seed, KnownId);
        var requests = operations.SelectMany(inputs.For).ToList();
        var callers = new Dictionary<string, string?>();
        foreach (var operation in operations)
        {
            callers[operation.Name] = await TokenFor(operation);
        }

        var failures = await Sweep(requests, request => callers[request.Operation.Name]);

        Assert.That(operations, Has.Count.GreaterThan(70), "the OpenAPI document was read");
        Assert.That(failures, Is.Empty, $"{failures.Count} failures:\n" + string.Join('\n', failures.Take(60)));
    }

    [Test]
    public async Task A_missing_malformed_expired_forged_or_unsigned_token_is_401_on_every_operation()
    {
        var document = await SeedAndReadDocument();
        var operations = document.All().Where(operation => operation.Path != "/api/v1/auth/dev-token").ToList();
        var inputs = new BadInputs(document, Seed, KnownId);
        var badTokens = BadTokens();
        var requests = (
            from operation in operations
            from token in badTokens
            select inputs.Baseline(operation) with { Variant = token.Key, ExpectedStatus = 401 }).ToList();

        var failures = await Sweep(requests, request => badTokens[request.Variant]);

        Assert.That(requests, Has.Count.GreaterThan(70 * badTokens.Count));
        Assert.That(failures, Is.Empty, $"{failures.Count} failures:\n" + string.Join('\n', failures.Take(60)));
    }

    [Test]
    public async Task A_property_the_request_does_not_have_is_refused_with_400_naming_it_on_every_operation_with_a_body()
    {
        var document = await SeedAndReadDocument();
        var inputs = new BadInputs(document, Seed, KnownId);
        var operations = document.All().Where(operation => operation.BodySchema is not null).ToList();
        var failures = new List<string>();
        foreach (var operation in operations)
        {
            var body = JsonNode.Parse(inputs.Baseline(operation).Body!)!.AsObject();
            body["unexpectedField"] = 1;
            var request = inputs.Baseline(operation) with { Variant = "unknown property", Body = Encoding.UTF8.GetBytes(body.ToJsonString()) };
            if (await UnknownPropertyRefusal(request, await TokenFor(operation), "unexpectedField") is { } failure)
            {
                failures.Add(failure);
            }
        }

        Assert.That(operations, Has.Count.GreaterThan(40), "operations with a JSON body were found");
        Assert.That(failures, Is.Empty, $"{failures.Count} failures:\n" + string.Join('\n', failures));
    }

    [Test]
    public async Task An_unknown_property_inside_a_nested_object_is_named_by_its_path()
    {
        var dispatcher = await As(Roles.Dispatcher);

        var response = await dispatcher.PostAsJsonAsync("/api/v1/customers", new
        {
            name = "Huadong Precision",
            phone = "021-55550009",
            address = "100 Zhangjiang Rd",
            zone = "Urban",
            equipment = new[] { new { model = "CNC-5000", serialNumber = "SN-9", purchaseDate = "2025-06-01", warrantyEndsOn = "2027-06-01", colour = "blue" } },
        });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "equipment[0].colour" }));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("equipment[0].colour").And.Not.Contain("AfterSales"));
    }

    /// <summary>Null when the request is refused with 400 whose errors name exactly <paramref name="property"/>; else what went wrong.</summary>
    private static async Task<string?> UnknownPropertyRefusal(SweepRequest request, string? token, string property)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Operation.Method), request.Url)
        {
            Content = new ByteArrayContent(request.Body!) { Headers = { ContentType = new MediaTypeHeaderValue(request.ContentType) } },
        };
        if (token is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Anonymous().SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        var errors = (int)response.StatusCode == 400 ? JsonNode.Parse(text)?["errors"]?.AsObject().Select(error => error.Key).ToList() : null;
        return errors is [var only] && only == property ? null : $"{request} → {(int)response.StatusCode}: {(text.Length > 300 ? text[..300] : text)}";
    }

    /// <summary>One record of each kind whose id a path or field can name, so requests reach real records, not only 404.</summary>
    private async Task<OpenApiOperations> SeedAndReadDocument()
    {
        var order = await Register();
        await Do(order, "assign", new { technicianId = TechnicianId });
        var complaint = await RegisterComplaint(technicianId: TechnicianId);
        var assessment = await (await (await AsLeadOf("East")).PostAsJsonAsync("/api/v1/assessments", new { technicianId = TechnicianId, month = "2026-10" })).ShouldBe(HttpStatusCode.Created);
        var lead = await (await (await AsAssignedTechnician()).PostAsJsonAsync("/api/v1/sales-leads", new { customerId = CustomerId, model = "CNC-7000", note = "Second plant" })).ShouldBe(HttpStatusCode.Created);
        var user = await (await (await As(Roles.Admin)).PostAsJsonAsync("/api/v1/users", new { userName = "sweep.user", displayName = "Sweep User", roles = new[] { Roles.Dispatcher } })).ShouldBe(HttpStatusCode.Created);
        foreach (var name in new[] { "technicians", "technicianId", "responsibleTechnicianId", "supervisorId" })
        {
            seeded[name] = TechnicianId;
        }

        seeded["customers"] = seeded["customerId"] = CustomerId;
        seeded["equipmentId"] = EquipmentId;
        seeded["work-orders"] = seeded["workOrderId"] = IdOf(order);
        seeded["complaints"] = seeded["complaintId"] = IdOf(complaint);
        seeded["assessments"] = IdOf(assessment);
        seeded["sales-leads"] = IdOf(lead);
        seeded["users"] = IdOf(user);
        return new OpenApiOperations(JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!);
    }

    private Guid? KnownId(string name) => seeded.TryGetValue(name, out var id) ? id : null;

    /// <summary>A role the authorization matrix allows, the widest first; technicians as the seeded one, to whom the order is assigned.</summary>
    private async Task<string?> TokenFor(OpenApiOperation operation)
    {
        if (operation.Path == "/api/v1/auth/dev-token")
        {
            return null;
        }

        var allowed = AuthorizationMatrixTests.RolesIn(AuthorizationMatrixTests.Allowed[operation.Name]);
        var role = new[] { Roles.Manager, Roles.TeamLead, Roles.Dispatcher, Roles.Finance, Roles.HR, Roles.Admin, Roles.Technician, Roles.Director, Roles.Warehouse, Roles.Sales, Roles.Quality }.First(allowed.Contains);
        var client = role == Roles.Technician ? await AsAssignedTechnician() : await As(role);
        return client.DefaultRequestHeaders.Authorization!.Parameter;
    }

    /// <summary>Sends every request, four at a time, and checks each answer; prints how many went out and how they were answered.</summary>
    private static async Task<IReadOnlyList<string>> Sweep(List<SweepRequest> requests, Func<SweepRequest, string?> bearerToken)
    {
        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var client = Anonymous();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, cancellationToken) =>
        {
            using var message = new HttpRequestMessage(new HttpMethod(request.Operation.Method), request.Url);
            if (bearerToken(request) is { } token)
            {
                message.Headers.Authorization = token.Contains(' ', StringComparison.Ordinal)
                    ? AuthenticationHeaderValue.Parse(token)
                    : new AuthenticationHeaderValue("Bearer", token);
            }

            foreach (var (name, value) in request.Headers ?? new Dictionary<string, string>())
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }

            if (request.Body is { } body)
            {
                message.Content = new ByteArrayContent(body);
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
            }

            using var response = await client.SendAsync(message, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, count) => count + 1);
            if (Violation(request, response, text) is { } violation)
            {
                failures.Add($"{request} → {(int)response.StatusCode}: {violation}: {(text.Length > 300 ? text[..300] : text)}");
            }
        });

        TestContext.Out.WriteLine($"Sent {requests.Count} requests in {clock.Elapsed.TotalSeconds:F1} s; answers: {string.Join(", ", statuses.OrderBy(status => status.Key).Select(status => $"{status.Key} × {status.Value}"))}");
        return [.. failures.Order(StringComparer.Ordinal)];
    }

    private static string? Violation(SweepRequest request, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return "a server error";
        }

        if (request.ExpectedStatus is { } expected && status != expected)
        {
            return $"expected {expected}";
        }

        if (status < 400)
        {
            return null;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"an error as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}, not problem+json";
        }

        JsonNode? problem;
        try
        {
            problem = JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return "problem+json that is not JSON";
        }

        if (problem?["status"]?.GetValue<int>() != status)
        {
            return "a problem whose status is not the HTTP status";
        }

        return Internals.FirstOrDefault(marker => body.Contains(marker, StringComparison.Ordinal)) is { } leak
            ? $"internals in the answer ('{leak}')"
            : null;
    }

    /// <summary>Tokens the bearer handler must refuse, each named; the signing key is the running host's.</summary>
    private static Dictionary<string, string?> BadTokens()
    {
        var jwt = Factory.Services.GetRequiredService<IOptions<JwtOptions>>().Value;
        var key = AuthenticationSetup.SigningKey(jwt);
        var now = DateTime.UtcNow;
        string Token(SigningCredentials credentials, string issuer, string audience, DateTime notBefore, DateTime expires) =>
            new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = issuer,
                Audience = audience,
                Subject = new ClaimsIdentity([new Claim(AccessClaims.Subject, "mallory"), .. Roles.All.Select(role => new Claim(AccessClaims.Role, role))]),
                IssuedAt = notBefore,
                NotBefore = notBefore,
                Expires = expires,
                SigningCredentials = credentials,
            });
        var rightKey = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        var unsignedPayload = Base64UrlEncoder.Encode(
            $"{{\"sub\":\"mallory\",\"role\":\"Admin\",\"iss\":\"{jwt.Issuer}\",\"aud\":\"{jwt.Audience}\",\"exp\":{new DateTimeOffset(now.AddHours(1)).ToUnixTimeSeconds()}}}");

        return new Dictionary<string, string?>
        {
            ["no token"] = null,
            ["basic credentials"] = "Basic bWFsbG9yeTpzZWNyZXQ=",
            ["empty bearer"] = "Bearer ",
            ["not a JWT"] = "not-a-jwt",
            ["expired"] = Token(rightKey, jwt.Issuer, jwt.Audience, now.AddHours(-2), now.AddHours(-1)),
            ["not yet valid"] = Token(rightKey, jwt.Issuer, jwt.Audience, now.AddHours(1), now.AddHours(2)),
            ["another issuer"] = Token(rightKey, "someone-else", jwt.Audience, now, now.AddHours(1)),
            ["another audience"] = Token(rightKey, jwt.Issuer, "another-api", now, now.AddHours(1)),
            ["signed with another key"] = Token(new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(48)), SecurityAlgorithms.HmacSha256), jwt.Issuer, jwt.Audience, now, now.AddHours(1)),
            ["HS512, not the agreed algorithm"] = Token(new SigningCredentials(key, SecurityAlgorithms.HmacSha512), jwt.Issuer, jwt.Audience, now, now.AddHours(1)),
            ["alg none"] = $"{Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{unsignedPayload}.",
            ["signature stripped"] = string.Join('.', Token(rightKey, jwt.Issuer, jwt.Audience, now, now.AddHours(1)).Split('.')[..2]) + ".",
        };
    }
}
