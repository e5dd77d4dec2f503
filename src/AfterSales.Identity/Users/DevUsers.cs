using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Identity.Users;

/// <summary>
/// The users behind dev tokens (only while dev tokens are enabled): found or created by name, and linked to the
/// technician the request names, so that "own" comes from the user record for dev tokens too. The roles asked for are
/// added to the record, so rules that ask who holds a role (a Director, CP-2) see dev users as they see real ones.
/// </summary>
public sealed class DevUsers(UserManager<AfterSalesUser> users, StoredRoles storedRoles, UserDirectory directory)
{
    /// <summary>The user, holding <paramref name="roles"/> and linked to <paramref name="technicianId"/> when given; null when that would link a technician to two users or a user to two technicians.</summary>
    public async Task<AfterSalesUser?> FindOrCreateAsync(string userName, IReadOnlyCollection<string> roles, Guid? technicianId, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            user = new AfterSalesUser { UserName = userName, DisplayName = userName };
            Ensure(await users.CreateAsync(user));
            directory.Forget(userName);
        }

        await AddRolesAsync(user, roles, cancellationToken);
        if (technicianId is not { } technician || user.TechnicianId == technician)
        {
            return user;
        }

        if (user.TechnicianId is not null || await users.Users.AnyAsync(other => other.TechnicianId == technician, cancellationToken))
        {
            return null;
        }

        user.TechnicianId = technician;
        Ensure(await users.UpdateAsync(user));
        directory.Forget(userName);
        return user;
    }

    private async Task AddRolesAsync(AfterSalesUser user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var missing = roles.Except(await users.GetRolesAsync(user), StringComparer.OrdinalIgnoreCase).ToList();
        if (missing.Count > 0)
        {
            await storedRoles.EnsureAsync(missing, cancellationToken);
            Ensure(await users.AddToRolesAsync(user, missing));
        }
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The dev user could not be saved: " + string.Join("; ", result.Errors.Select(error => error.Description)));
        }
    }
}
