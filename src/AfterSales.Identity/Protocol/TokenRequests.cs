using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AfterSales.Identity.Protocol;

/// <summary>
/// The token endpoint's grants, after OpenIddict has checked the request and the client: an integrator's client
/// credentials become a token for the API carrying the roles configured for that client.
/// </summary>
internal static class TokenRequests
{
    public static IResult ExchangeAsync(HttpContext context, IOptions<ProviderOptions> options, TokenAudience audience)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        if (!request.IsClientCredentialsGrantType() || request.ClientId is not { } clientId || !options.Value.Clients.TryGetValue(clientId, out var client))
        {
            return Results.Forbid(
                new Microsoft.AspNetCore.Authentication.AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.UnsupportedGrantType,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "This grant is not supported here.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetClaim(Claims.Name, string.IsNullOrWhiteSpace(client.DisplayName) ? clientId : client.DisplayName);
        identity.SetClaims(Claims.Role, [.. client.Roles]);
        identity.SetResources(audience.Value);
        identity.SetDestinations(static claim => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
