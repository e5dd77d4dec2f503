using AfterSales.Application.Abstractions;

namespace AfterSales.Api.Auth;

/// <summary>The caller as the validated access token describes them; "system" outside a request.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string UserName =>
        accessor.HttpContext?.User.FindFirst(AccessClaims.Subject)?.Value ?? "system";

    public Guid? TechnicianId =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirst(AccessClaims.TechnicianId)?.Value, out var id) ? id : null;

    public bool IsInRole(string role) => accessor.HttpContext?.User.IsInRole(role) ?? false;
}
