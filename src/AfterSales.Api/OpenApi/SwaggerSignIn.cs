using AfterSales.Identity;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Swashbuckle.AspNetCore.SwaggerUI;

namespace AfterSales.Api.OpenApi;

/// <summary>
/// Signing in from the Swagger UI through the built-in provider: the document describes the provider's
/// authorization-code flow, and the UI runs it with PKCE as the public app <see cref="ClientId"/>, which the provider
/// knows from <c>Identity:Apps:swagger</c> (Development registers it for any loopback port). Only with the built-in
/// provider: another one (<c>Auth:Authority</c>) has its own endpoints, and its own registration for the UI, that the
/// API cannot know; there a token is pasted into the bearer scheme.
/// </summary>
internal static class SwaggerSignIn
{
    public const string ClientId = "swagger";

    private const string Scheme = "OAuth2";

    private static readonly Dictionary<string, string> Scopes = new()
    {
        ["openid"] = "Sign in",
        ["profile"] = "The user's name",
        ["roles"] = "The user's roles",
    };

    /// <summary>The scheme, as an alternative to the bearer token on every operation that asks for one.</summary>
    public static void Describe(SwaggerGenOptions options)
    {
        options.AddSecurityDefinition(Scheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = $"Sign in on the provider's page: the authorization-code flow with PKCE (the Swagger UI's client id: {ClientId}).",
            Flows = new OpenApiOAuthFlows
            {
                // Relative, so the document holds for whatever host serves it.
                AuthorizationCode = new OpenApiOAuthFlow
                {
                    AuthorizationUrl = new Uri("/" + IdentityProviderSetup.AuthorizationEndpoint, UriKind.Relative),
                    TokenUrl = new Uri("/" + IdentityProviderSetup.TokenEndpoint, UriKind.Relative),
                    Scopes = Scopes,
                },
            },
        });
        options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(Scheme, document)] = [],
        });
    }

    /// <summary>The UI's side: its client id, PKCE, and the scopes ticked in the Authorize dialog.</summary>
    public static void Configure(SwaggerUIOptions ui)
    {
        ui.OAuthClientId(ClientId);
        ui.OAuthUsePkce();
        ui.OAuthScopes([.. Scopes.Keys]);
        ui.OAuthAppName("AfterSales API");
    }
}
