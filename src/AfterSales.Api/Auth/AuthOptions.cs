using System.ComponentModel.DataAnnotations;

namespace AfterSales.Api.Auth;

/// <summary>[Auth] — which provider's access tokens the API trusts.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// The issuer of access tokens (an OpenID Connect provider: Keycloak, Entra ID, another OpenIddict). Its discovery
    /// document and JWKS are read from there, and its key rotations followed without a restart. Unset: the provider
    /// built into the API (<c>AfterSales.Identity</c>) issues them.
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>What access tokens must name as their audience (<c>aud</c>).</summary>
    [Required]
    public string Audience { get; set; } = "aftersales-api";

    /// <summary>Whether the provider built into the API issues the tokens (no <c>Auth:Authority</c>), and is hosted with it.</summary>
    public static bool TrustsBuiltInProvider(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration[$"{Section}:Authority"]);
}

/// <summary>[Auth:Jwt] — how dev tokens (HS256, only while Auth:DevTokens:Enabled) are signed and checked.</summary>
public sealed class JwtOptions
{
    public const string Section = "Auth:Jwt";

    [Required]
    public string Issuer { get; set; } = "aftersales";

    [Required]
    public string Audience { get; set; } = "aftersales-api";

    /// <summary>HMAC-SHA256 key, at least 32 characters; never committed: set it through the environment or a secret store.</summary>
    [Required(ErrorMessage = "Auth:Jwt:SigningKey is not set (./build/run.sh generates one for local use).")]
    [MinLength(32, ErrorMessage = "Auth:Jwt:SigningKey must be at least 32 characters.")]
    public string SigningKey { get; set; } = string.Empty;
}

/// <summary>[Auth:DevTokens] — the token endpoint for local use and tests; on only where configured (Development).</summary>
public sealed class DevTokenOptions
{
    public const string Section = "Auth:DevTokens";

    public bool Enabled { get; set; }

    [Range(1, 24 * 60)]
    public int LifetimeMinutes { get; set; } = 8 * 60;
}
