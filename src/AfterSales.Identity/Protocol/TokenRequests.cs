using System.Security.Claims;
using AfterSales.Identity.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AfterSales.Identity.Protocol;

/// <summary>
/// The token endpoint's grants, after OpenIddict has checked the request and the client: an integrator's client
/// credentials become a token carrying the roles configured for that client; a code or a refresh token becomes fresh
/// tokens for its user, read again so that a disabled user or changed roles take effect.
/// </summary>
internal static class TokenRequests
{
    public static async Task<IResult> ExchangeAsync(
        HttpContext context,
        IOptions<ProviderOptions> options,
        TokenAudience audience,
        UserManager<AfterSalesUser> users)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            var user = granted?.GetClaim(Claims.Subject) is { } subject ? await users.FindByNameAsync(subject) : null;
            if (granted is null || user is null || user.Disabled)
            {
                return Refuse(Errors.InvalidGrant, "The user can no longer sign in.");
            }

            return Results.SignIn(
                await UserPrincipals.ForAsync(user, users, granted.GetScopes(), audience),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (!request.IsClientCredentialsGrantType() || request.ClientId is not { } clientId || !options.Value.Clients.TryGetValue(clientId, out var client))
        {
            return Refuse(Errors.UnsupportedGrantType, "This grant is not supported here.");
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetClaim(Claims.Name, string.IsNullOrWhiteSpace(client.DisplayName) ? clientId : client.DisplayName);
        identity.SetClaims(Claims.Role, [.. client.Roles]);
        identity.SetResources(audience.Value);
        identity.SetDestinations(static claim => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
