using AfterSales.Application.Abstractions;

namespace AfterSales.Application.Security;

/// <summary>A named set of roles that may take an action; the API enforces it and WO-22 lists what it admits.</summary>
public sealed record AccessPolicy(string Name, IReadOnlyList<string> Roles)
{
    public bool Admits(ICurrentUser user) => Roles.Any(user.IsInRole);
}
