using System.Text;
using System.Text.Json;
using AfterSales.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Validation.AspNetCore;

namespace AfterSales.Api.Auth;

internal static class AuthenticationSetup
{
    /// <summary>The default scheme: it hands each request to the scheme that can check its token.</summary>
    private const string AccessTokens = "AccessTokens";

    /// <summary>
    /// Access tokens are checked as the configured provider's (<c>Auth:Authority</c>), or the built-in provider's when none
    /// is configured: signature through the provider's keys, issuer, audience and lifetime. While <c>Auth:DevTokens:Enabled</c>,
    /// an HS256 token signed with the local key (<c>/auth/dev-token</c>) is accepted too; otherwise it is refused.
    /// </summary>
    public static IServiceCollection AddAfterSalesAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<JwtOptions>().BindConfiguration(JwtOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DevTokenOptions>().BindConfiguration(DevTokenOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var devTokens = configuration.GetValue<bool>($"{DevTokenOptions.Section}:Enabled");

        if (string.IsNullOrWhiteSpace(auth.Authority))
        {
            services.AddAfterSalesIdentityProvider(configuration, environment, Infrastructure.DependencyInjection.PrimaryConnectionString(configuration), auth.Audience);
        }

        services.AddOpenIddict().AddValidation(validation =>
        {
            if (string.IsNullOrWhiteSpace(auth.Authority))
            {
                validation.UseLocalServer();
            }
            else
            {
                validation.SetIssuer(auth.Authority);
                validation.UseSystemNetHttp();
            }

            validation.AddAudiences(auth.Audience);
            validation.UseAspNetCore();
        });

        services.AddAuthentication(AccessTokens)
            .AddPolicyScheme(AccessTokens, "Access tokens", scheme => scheme.ForwardDefaultSelector = context =>
                devTokens && IsDevToken(context.Request.Headers.Authorization.ToString())
                    ? JwtBearerDefaults.AuthenticationScheme
                    : OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>>((bearer, jwt) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Value.Issuer,
                    ValidAudience = jwt.Value.Audience,
                    IssuerSigningKey = SigningKey(jwt.Value),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = AccessClaims.Subject,
                    RoleClaimType = AccessClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });

        services.AddAuthorizationBuilder().AddAfterSalesPolicies();
        services.AddHttpContextAccessor();
        return services;
    }

    public static SymmetricSecurityKey SigningKey(JwtOptions options) => new(Encoding.UTF8.GetBytes(options.SigningKey));

    /// <summary>
    /// A bearer token whose header says HS256: a dev token, never one of a provider's (those are RS256 or better). Only
    /// the header is decoded; the scheme it goes to checks the whole token.
    /// </summary>
    private static bool IsDevToken(string authorization)
    {
        const string bearer = "Bearer ";
        if (!authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var token = authorization.AsSpan(bearer.Length).Trim();
        var headerEnd = token.IndexOf('.');
        if (headerEnd <= 0)
        {
            return false;
        }

        try
        {
            using var header = JsonDocument.Parse(Base64UrlEncoder.Decode(token[..headerEnd].ToString()));
            return header.RootElement.ValueKind == JsonValueKind.Object
                && header.RootElement.TryGetProperty("alg", out var algorithm)
                && algorithm.ValueEquals(SecurityAlgorithms.HmacSha256);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or ArgumentException)
        {
            return false;
        }
    }
}
