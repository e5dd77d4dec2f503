using AfterSales.Application.Abstractions;
using AfterSales.Application.Users;
using AfterSales.Domain.Technicians;
using AfterSales.Identity.Persistence;
using AfterSales.Identity.Protocol;
using AfterSales.Identity.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AfterSales.Identity;

/// <summary>
/// The built-in OpenID Connect provider, hosted in the API's process: ASP.NET Core Identity users and OpenIddict's
/// server in the same PostgreSQL database (schema <c>identity</c>). Discovery answers at
/// <c>/.well-known/openid-configuration</c>, keys at <c>/.well-known/jwks</c>, tokens at <c>/connect/token</c>.
/// </summary>
public static class IdentityProviderSetup
{
    public const string TokenEndpoint = "connect/token";

    public const string AuthorizationEndpoint = "connect/authorize";

    public const string SignInPage = "/account/sign-in";

    public static IServiceCollection AddAfterSalesIdentityProvider(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment,
        string connectionString,
        string audience)
    {
        var options = configuration.GetSection(ProviderOptions.Section).Get<ProviderOptions>() ?? new ProviderOptions();
        services.AddOptions<ProviderOptions>().BindConfiguration(ProviderOptions.Section);
        var retries = configuration.GetValue("Database:MaxRetryCount", 3);
        var retryDelay = TimeSpan.FromSeconds(configuration.GetValue("Database:MaxRetryDelaySeconds", 1));
        services.AddDbContext<IdentityStore>(store => ConfigureStore(store, connectionString, retries, retryDelay));
        services.AddIdentityCore<AfterSalesUser>(identity =>
            {
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.User.AllowedUserNameCharacters = UserRules.UserNameCharacters;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<IdentityStore>()
            .AddSignInManager();

        // The sign-in page's session: only the provider's pages read it; the API reads access tokens.
        services.AddAuthentication().AddCookie(IdentityConstants.ApplicationScheme, cookie =>
        {
            cookie.LoginPath = SignInPage;
            cookie.Cookie.Name = "aftersales.signin";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });

        var signing = ProviderKeys.Signing(options);
        var encryption = ProviderKeys.Encryption(options);
        var mayUseEphemeralKeys = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        if ((signing is null || encryption is null) && !mayUseEphemeralKeys)
        {
            throw new InvalidOperationException(
                $"{ProviderOptions.Section}:SigningKey and {ProviderOptions.Section}:EncryptionKey (PEM) or {ProviderOptions.Section}:KeyDirectory must be set outside Development.");
        }

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityStore>().ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(TokenEndpoint);
                server.SetAuthorizationEndpointUris(AuthorizationEndpoint);
                server.AllowClientCredentialsFlow();
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.AllowRefreshTokenFlow();
                server.RegisterScopes(OpenIddict.Abstractions.OpenIddictConstants.Scopes.OpenId, OpenIddict.Abstractions.OpenIddictConstants.Scopes.Profile,
                    OpenIddict.Abstractions.OpenIddictConstants.Scopes.Roles, OpenIddict.Abstractions.OpenIddictConstants.Scopes.OfflineAccess);
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(options.AccessTokenMinutes));

                // A resource server that checks tokens through the JWKS needs them signed, not encrypted.
                server.DisableAccessTokenEncryption();
                if (signing is null)
                {
                    server.AddEphemeralSigningKey();
                }
                else
                {
                    server.AddSigningKey(signing);
                }

                if (encryption is null)
                {
                    server.AddEphemeralEncryptionKey();
                }
                else
                {
                    server.AddEncryptionKey(encryption);
                }

                var aspNetCore = server.UseAspNetCore().EnableTokenEndpointPassthrough().EnableAuthorizationEndpointPassthrough();
                if (!options.RequireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });

        services.AddAntiforgery();
        services.AddMemoryCache();
        services.AddScoped<UserDirectory>();
        services.AddScoped<DevUsers>();
        services.AddScoped<StoredRoles>();
        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddScoped<IDomainEventHandler<TechnicianStatusChanged>, DisableDepartedTechniciansUser>();
        services.AddSingleton(new TokenAudience(audience));
        services.AddHostedService<ProviderStartup>();
        return services;
    }

    /// <summary>Maps the endpoints the provider answers itself (the token endpoint's grants).</summary>
    public static WebApplication MapAfterSalesIdentityProvider(this WebApplication app)
    {
        // OpenIddict has authenticated the client by the time the grant is handled here.
        app.MapPost("/" + TokenEndpoint, TokenRequests.ExchangeAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapMethods("/" + AuthorizationEndpoint, ["GET", "POST"], AuthorizationRequests.AuthorizeAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet(SignInPage, SignInPages.Show).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(SignInPage, SignInPages.SignInAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Brings the provider's schema up to date. The host does it before anything else touches the database (the demo
    /// seeding creates users), as <c>create-admin</c> does.
    /// </summary>
    public static async Task MigrateUserStoreAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentityStore>().Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Retried as the business schema's context is (<c>Database:MaxRetryCount</c>), so an outage is a 503, not an error.</summary>
    internal static void ConfigureStore(DbContextOptionsBuilder store, string connectionString, int maxRetryCount = 3, TimeSpan? maxRetryDelay = null) =>
        store
            .UseNpgsql(connectionString, npgsql => npgsql
                .EnableRetryOnFailure(maxRetryCount, maxRetryDelay ?? TimeSpan.FromSeconds(1), errorCodesToAdd: null)
                .MigrationsHistoryTable("__ef_migrations_history", IdentityStore.Schema))
            .UseSnakeCaseNamingConvention()
            .UseOpenIddict<Guid>();
}

/// <summary>The API that the provider's access tokens are for (<c>aud</c>).</summary>
internal sealed record TokenAudience(string Value);
