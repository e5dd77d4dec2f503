using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;

namespace AfterSales.Application.Security;

public static class Actors
{
    /// <summary>The caller as the domain's rules about who may act see them.</summary>
    public static Actor AsActor(this ICurrentUser user) =>
        new(user.UserName, user.TechnicianId, Roles.Management.Any(user.IsInRole), user.IsInRole(Roles.Director));
}
