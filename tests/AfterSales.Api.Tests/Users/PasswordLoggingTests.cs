using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace AfterSales.Api.Tests.Users;

/// <summary>
/// X-5: a temporary password is answered once and logged nowhere. The host logs everything here, the framework's
/// request, routing and database categories included, into a sink the test reads.
/// </summary>
public sealed class PasswordLoggingTests
{
    private static readonly LogCapture Logs = new();

    private static ApiFactory verbose = null!;

    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host = null!;

    [OneTimeSetUp]
    public static void StartVerboseHost()
    {
        verbose = new ApiFactory(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Update"] = "Verbose",
            ["Serilog:MinimumLevel:Override:AfterSales.Application.Common.Behaviours"] = "Verbose",
        });
        host = verbose.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Logs)));
    }

    [OneTimeTearDown]
    public static async Task StopVerboseHostAsync()
    {
        await host.DisposeAsync();
        await verbose.DisposeAsync();
    }

    [Test]
    public async Task X5_a_temporary_password_is_in_the_answer_and_in_no_log_line_of_its_request()
    {
        var admin = host.CreateClient();
        var token = (await (await admin.PostAsJsonAsync("/api/v1/auth/dev-token", new { userName = "log.admin", roles = new[] { Roles.Admin } })).ShouldBe(HttpStatusCode.OK))["accessToken"]!;
        admin.DefaultRequestHeaders.Authorization = new("Bearer", token.GetValue<string>());
        var userName = $"log.{Guid.NewGuid():N}";
        var user = await (await admin.PostAsJsonAsync("/api/v1/users", new { userName, displayName = "Log Test", roles = new[] { Roles.HR } })).ShouldBe(HttpStatusCode.Created);
        Logs.Clear();

        var reset = await (await admin.PostAsync($"/api/v1/users/{user["id"]}/reset-password", null)).ShouldBe(HttpStatusCode.OK);

        var password = reset["temporaryPassword"]!.GetValue<string>();
        var lines = Logs.Lines();
        Assert.That(lines, Has.Some.Contains("reset-password"), "the request was logged, at every level");
        Assert.That(lines, Has.Some.Contains("identity"), "and the user store's commands");
        Assert.That(lines, Has.None.Contains(password));
    }

    /// <summary>Every event as text: the message, each property and the exception.</summary>
    private sealed class LogCapture : ILogEventSink
    {
        private readonly List<string> lines = [];

        public void Emit(LogEvent logEvent)
        {
            var line = $"{logEvent.RenderMessage(CultureInfo.InvariantCulture)} | {string.Join(" | ", logEvent.Properties.Select(property => $"{property.Key}={property.Value}"))} | {logEvent.Exception}";
            lock (lines)
            {
                lines.Add(line);
            }
        }

        public void Clear()
        {
            lock (lines)
            {
                lines.Clear();
            }
        }

        public List<string> Lines()
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }
}
