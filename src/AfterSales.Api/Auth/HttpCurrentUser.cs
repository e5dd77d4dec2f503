using AfterSales.Application.Abstractions;

namespace AfterSales.Api.Auth;

/// <summary>The caller as the validated access token describes them; "system" outside a request.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string UserName =>
        accessor.HttpContext?.User.FindFirst(AccessClaims.Subject)?.Value ?? "system";

    /// <summary>From the user record, not the token (<see cref="SignedInUsers"/>).</summary>
    public Guid? TechnicianId => SignedInUsers.TechnicianOf(accessor.HttpContext);

    public bool IsInRole(string role) => accessor.HttpContext?.User.IsInRole(role) ?? false;
}
