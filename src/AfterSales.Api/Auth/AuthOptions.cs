using System.ComponentModel.DataAnnotations;

namespace AfterSales.Api.Auth;

/// <summary>[Auth:Jwt] — how access tokens are checked (and, for dev tokens, signed).</summary>
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
