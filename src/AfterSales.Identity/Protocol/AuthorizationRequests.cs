using AfterSales.Identity.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;

namespace AfterSales.Identity.Protocol;

/// <summary>
/// The authorization endpoint (code flow with PKCE, which OpenIddict has checked): a person not signed in is sent to
/// the sign-in page and comes back here; a signed-in, enabled user gets a code for the client.
/// </summary>
internal static class AuthorizationRequests
{
    public static async Task<IResult> AuthorizeAsync(HttpContext context, UserManager<AfterSalesUser> users, TokenAudience audience)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal) : null;
        if (user is null || user.Disabled)
        {
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = context.Request.PathBase + context.Request.Path + context.Request.QueryString },
                [IdentityConstants.ApplicationScheme]);
        }

        var principal = await UserPrincipals.ForAsync(user, users, request.GetScopes(), audience);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
