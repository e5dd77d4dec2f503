using AfterSales.Identity.Users;
using Microsoft.AspNetCore.Authorization;

namespace AfterSales.Api.Auth;

/// <summary>
/// behind every token is a user. With the built-in provider the user record decides: a disabled user is refused
/// (401) within <see cref="UserDirectory.CachedFor"/>, and the technician a request acts as is the one linked to the
/// user, whatever the token claims; an integrator's token (client credentials) has no user and acts as no technician.
/// With another provider (<c>Auth:Authority</c>), that provider vouches for the <c>technician_id</c> claim.
/// </summary>
internal sealed class SignedInUsers(RequestDelegate next)
{
    private const string TechnicianKey = "AfterSales.CallerTechnician";

    public async Task InvokeAsync(HttpContext context)
    {
        // Only for endpoints that authorize: a liveness probe must not depend on the database.
        if (context.User.Identity?.IsAuthenticated == true && context.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>() is not null)
        {
            var directory = context.RequestServices.GetService<UserDirectory>();
            if (directory is null)
            {
                context.Items[TechnicianKey] = Guid.TryParse(context.User.FindFirst(AccessClaims.TechnicianId)?.Value, out var claimed) ? claimed : null;
            }
            else if (!directory.IsIntegrator(context.User) && context.User.FindFirst(AccessClaims.Subject)?.Value is { } subject)
            {
                var user = await directory.FindAsync(subject, context.RequestAborted);
                if (user is { Disabled: true })
                {
                    await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "This user is disabled.", detail: "Ask an administrator.")
                        .ExecuteAsync(context);
                    return;
                }

                context.Items[TechnicianKey] = user?.TechnicianId;
            }
        }

        await next(context);
    }

    /// <summary>The technician the caller is, as decided for this request.</summary>
    public static Guid? TechnicianOf(HttpContext? context) => context?.Items[TechnicianKey] as Guid?;
}
