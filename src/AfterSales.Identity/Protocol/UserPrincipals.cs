using System.Security.Claims;
using AfterSales.Identity.Users;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AfterSales.Identity.Protocol;

/// <summary>What a signed-in user's tokens say: who (<c>sub</c>: the user name), their name and their roles, for the API.</summary>
internal static class UserPrincipals
{
    public static async Task<ClaimsPrincipal> ForAsync(AfterSalesUser user, UserManager<AfterSalesUser> users, IEnumerable<string> scopes, TokenAudience audience)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.UserName);
        identity.SetClaim(Claims.Name, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName : user.DisplayName);
        identity.SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        identity.SetScopes(scopes);
        identity.SetResources(audience.Value);
        identity.SetDestinations(static claim => claim.Type == Claims.Name
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
