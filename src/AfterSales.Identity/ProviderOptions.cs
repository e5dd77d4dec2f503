namespace AfterSales.Identity;

/// <summary>[Identity] — the built-in OpenID Connect provider.</summary>
public sealed class ProviderOptions
{
    public const string Section = "Identity";

    /// <summary>The RS256 signing key, PEM (PKCS#8 or PKCS#1). Set it through the environment or a secret store, never in a file in the repository.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The RSA key that encrypts authorization codes and refresh tokens, PEM.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>Where keys are generated and kept when none are configured (<c>./build/run.sh</c> uses <c>.data/identity-keys</c>).</summary>
    public string? KeyDirectory { get; set; }

    /// <summary>
    /// Whether the provider's endpoints refuse plain HTTP (OpenIddict's transport security requirement). Turned off only
    /// where the provider is reached over loopback: local runs, the tests, the checks and the benchmark.
    /// </summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Lifetime of access tokens.</summary>
    public int AccessTokenMinutes { get; set; } = 60;

    /// <summary>Integrators that obtain tokens with the client-credentials flow, by client id.</summary>
    public Dictionary<string, ClientOptions> Clients { get; set; } = [];

    /// <summary>Applications people sign in to (the console, the field app): public clients of the code flow with PKCE, by client id.</summary>
    public Dictionary<string, AppOptions> Apps { get; set; } = [];
}

/// <summary>One application people sign in to: where the provider may send its codes.</summary>
public sealed class AppOptions
{
    public string DisplayName { get; set; } = string.Empty;

    public List<string> RedirectUris { get; set; } = [];

    /// <summary>
    /// Accept its loopback redirect URIs (<c>http://127.0.0.1/…</c>, <c>http://localhost/…</c>, registered without a port) on
    /// any port, as RFC 8252 §7.3 allows: for an app served on a port chosen at run time, such as the Swagger UI of an API
    /// run locally. Other redirect URIs are still compared exactly.
    /// </summary>
    public bool AnyLoopbackPort { get; set; }
}

/// <summary>One integrator: its secret (never committed) and the roles its tokens carry.</summary>
public sealed class ClientOptions
{
    public string DisplayName { get; set; } = string.Empty;

    public string Secret { get; set; } = string.Empty;

    public List<string> Roles { get; set; } = [];
}
