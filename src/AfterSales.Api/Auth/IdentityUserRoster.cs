using AfterSales.Application.Abstractions;
using AfterSales.Identity.Users;
using Microsoft.AspNetCore.Identity;

namespace AfterSales.Api.Auth;

/// <summary>The roster kept by the built-in provider's user store; with an external provider (no store here) names are taken as given.</summary>
internal sealed class IdentityUserRoster(IServiceProvider services) : IUserRoster
{
    public async Task<bool> HoldsRoleAsync(string userName, string role, CancellationToken cancellationToken)
    {
        if (services.GetService<UserManager<AfterSalesUser>>() is not { } users)
        {
            return true;
        }

        return await users.FindByNameAsync(userName) is { Disabled: false } user && await users.IsInRoleAsync(user, role);
    }
}
