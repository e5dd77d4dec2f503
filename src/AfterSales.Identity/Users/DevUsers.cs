using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Identity.Users;

/// <summary>
/// The users behind dev tokens (only while dev tokens are enabled): found or created by name, and linked to the
/// technician the request names, so that "own" comes from the user record for dev tokens too.
/// </summary>
public sealed class DevUsers(UserManager<AfterSalesUser> users, UserDirectory directory)
{
    /// <summary>The user, linked to <paramref name="technicianId"/> when given; null when that would link a technician to two users or a user to two technicians.</summary>
    public async Task<AfterSalesUser?> FindOrCreateAsync(string userName, Guid? technicianId)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            user = new AfterSalesUser { UserName = userName, DisplayName = userName };
            Ensure(await users.CreateAsync(user));
            directory.Forget(userName);
        }

        if (technicianId is not { } technician || user.TechnicianId == technician)
        {
            return user;
        }

        if (user.TechnicianId is not null || await users.Users.AnyAsync(other => other.TechnicianId == technician))
        {
            return null;
        }

        user.TechnicianId = technician;
        Ensure(await users.UpdateAsync(user));
        directory.Forget(userName);
        return user;
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The dev user could not be saved: " + string.Join("; ", result.Errors.Select(error => error.Description)));
        }
    }
}
