using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AfterSales.Api.Auth;
using AfterSales.Api.CommandLine;
using AfterSales.Api.Endpoints;
using AfterSales.Api.Errors;
using AfterSales.Api.Http;
using AfterSales.Api.OpenApi;
using AfterSales.Application;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Patching;
using AfterSales.Application.Security;
using AfterSales.Identity;
using AfterSales.Infrastructure;
using AfterSales.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

const string SeedDemoSwitch = "--seed-demo";
CreateAdminCommand? createAdmin = null;
if (args is [CreateAdminCommand.Verb, .. var createAdminOptions])
{
    createAdmin = CreateAdminCommand.Parse(createAdminOptions, Console.Error);
    if (createAdmin is null)
    {
        return 2;
    }
}

var seedDemo = createAdmin is null && args.Contains(SeedDemoSwitch);
var builder = WebApplication.CreateBuilder(createAdmin is null ? args.Where(arg => arg != SeedDemoSwitch).ToArray() : []);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Console(
        outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {CorrelationId} {Message:lj}{NewLine}{Exception}",
        formatProvider: System.Globalization.CultureInfo.InvariantCulture));

builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestBodyLimitMiddleware.MaxBodyBytes);
builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
    // A property the request does not have is refused (400 naming it), as the document's additionalProperties: false says,
    // rather than dropped: a client's misspelt field would otherwise be lost without a word.
    json.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    // A merge patch tells a member sent as null (clear it) from one left out (keep it).
    json.SerializerOptions.TypeInfoResolver = (json.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(MergePatch.NoteNamedMembers);
});
builder.Services.Configure<RouteHandlerOptions>(routing => routing.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
    context.ProblemDetails.Extensions["correlationId"] = context.HttpContext.TraceIdentifier);
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

builder.Services.AddApplication(builder.Configuration);
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
builder.Services.AddScoped<IRequestCorrelation, HttpRequestCorrelation>();
builder.Services.AddScoped<IUserRoster, IdentityUserRoster>();
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(IApplicationMarker)];
    options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(ValidationBehaviour<,>), typeof(TransactionBehaviour<,>)];
});
builder.Services.AddAfterSalesAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddAfterSalesRateLimiting(builder.Configuration);
builder.Services.AddSingleton<SignInRateLimiting>();
builder.Services.AddAfterSalesOpenApi(builder.Configuration);
builder.Services.AddAfterSalesResponseCompression();

var app = builder.Build();
if (createAdmin is not null)
{
    return await createAdmin.RunAsync(app.Services, Console.In, Console.Out, Console.Error, CancellationToken.None);
}

app.UseMiddleware<CorrelationIdMiddleware>();
app.UseResponseCompression();
app.UseSerilogRequestLogging();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<RequestBodyLimitMiddleware>();
app.UseSwagger();
app.UseAfterSalesSwaggerUi();
app.UseMiddleware<SignInRateLimiting>();
app.UseAuthentication();
app.UseMiddleware<SignedInUsers>();
app.UseRateLimiter();
app.UseAuthorization();

// HC-3 before idempotency, which reads the body too: a refused request leaves no trace.
app.UseMiddleware<SecretFieldsMiddleware>();
app.UseMiddleware<IdempotencyMiddleware>();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthResponses.WriteAsync });

var builtInProvider = AuthOptions.TrustsBuiltInProvider(app.Configuration);
if (builtInProvider)
{
    app.MapAfterSalesIdentityProvider();
}

var api = app.MapGroup("/api/v1")
    .RequireAuthorization(Policies.Staff)
    .AddEndpointFilter<EntityTagFilter>();
api.MapDevTokens(app.Configuration);
api.MapTechnicians();
api.MapCustomers();
api.MapReminders();
api.MapWorkOrders();
api.MapMyWork();
api.MapFiles();
api.MapSalesLeads();
api.MapRenewalTasks();
api.MapReports();
api.MapReceivables();
api.MapInvoiceRequests();
api.MapParts();
api.MapPayments();
api.MapComplaints();
api.MapInquiries();
api.MapReturns();
api.MapPartsReplacements();
api.MapPartsOrders();
api.MapHandovers();
api.MapAssessments();
api.MapAudit();
api.MapCalendar();
api.MapPriceList();
api.MapUsers(app.Configuration);

var migrate = seedDemo || app.Configuration.GetValue<bool>("Database:MigrateOnStartup");
if (migrate && builtInProvider)
{
    // First: the demo seeding creates users.
    await app.Services.MigrateUserStoreAsync(app.Lifetime.ApplicationStopping);
}

var seeding = await DatabaseStartup.PrepareAsync(app.Services, migrate, seedDemo, app.Lifetime.ApplicationStopping);
DemoUsersBanner.Write(seeding, app.Configuration["urls"], Console.Out);
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
