using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Users;
using AfterSales.Domain.Common;
using AfterSales.Domain.Users;
using AfterSales.Identity.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenIddict.Abstractions;

namespace AfterSales.Identity.Users;

/// <summary>
/// <see cref="IUserAccounts"/> on ASP.NET Core Identity's store. Each call works in a scope of its own whose store, inside
/// a unit of work, runs on that unit of work's connection and transaction (the identity schema is in the same database):
/// a user created, linked or disabled by a command commits with the command or not at all, so a completed handover
/// cannot leave its leaver's user enabled (HC-5, X-5), and a retried unit of work starts from a clean store.
/// </summary>
internal sealed class UserAccounts(IServiceScopeFactory scopes, IUnitOfWorkTransaction unitOfWork, IAuditedChanges audit, UserDirectory directory) : IUserAccounts
{
    private const string TechnicianLinkIndex = "ix_users_technician_id";
    private const string UserNameIndex = "UserNameIndex";
    private const string UserRoleKey = "pk_user_roles";

    public async Task<UserAccount?> FindAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(cancellationToken);
        return await Accounts(session.Store, users => users.Where(user => user.Id == userId)).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<UserAccount?> FindLinkedToAsync(Guid technicianId, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(cancellationToken);
        return await Accounts(session.Store, users => users.Where(user => user.TechnicianId == technicianId)).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<PagedList<UserAccount>> ListAsync(IPagedQuery page, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(cancellationToken);
        return await Accounts(session.Store, users => users.OrderBy(user => user.UserName)).ToPageAsync(page, cancellationToken);
    }

    public async Task<UserAccount> CreateAsync(string userName, string displayName, string? phone, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(cancellationToken);
        var user = new AfterSalesUser { Id = Guid.CreateVersion7(), UserName = userName, DisplayName = displayName, PhoneNumber = phone };
        await SavingAsync(async () =>
        {
            Ensure(await session.Users.CreateAsync(user));
            await session.StoredRoles.EnsureAsync(roles, cancellationToken);
            Ensure(await session.Users.AddToRolesAsync(user, roles));
        });

        // A request under this name before it existed was remembered as no user.
        directory.Forget(userName);
        var created = await Accounts(session.Store, users => users.Where(stored => stored.Id == user.Id)).SingleAsync(cancellationToken);
        Audit("Added", null, created);
        return created;
    }

    public Task<UserAccount> SetRolesAsync(UserAccount user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken) =>
        ChangeAsync(user, async (session, stored) =>
        {
            var current = await session.Users.GetRolesAsync(stored);
            var added = roles.Except(current, StringComparer.OrdinalIgnoreCase).ToList();
            var removed = current.Except(roles, StringComparer.OrdinalIgnoreCase).ToList();
            if (added.Count > 0)
            {
                await session.StoredRoles.EnsureAsync(added, cancellationToken);
                Ensure(await session.Users.AddToRolesAsync(stored, added));
            }

            if (removed.Count > 0)
            {
                Ensure(await session.Users.RemoveFromRolesAsync(stored, removed));
            }
        }, cancellationToken);

    public Task<UserAccount> LinkTechnicianAsync(UserAccount user, Guid technicianId, CancellationToken cancellationToken) =>
        ChangeAsync(user, async (session, stored) =>
        {
            stored.TechnicianId = technicianId;
            Ensure(await session.Users.UpdateAsync(stored));
        }, cancellationToken);

    public Task<UserAccount> SetPasswordAsync(UserAccount user, string password, CancellationToken cancellationToken) =>
        ChangeAsync(user, async (session, stored) =>
        {
            var refusals = new List<IdentityError>();
            foreach (var validator in session.Users.PasswordValidators)
            {
                refusals.AddRange((await validator.ValidateAsync(session.Users, stored, password)).Errors);
            }

            if (refusals.Count > 0)
            {
                throw new InvalidInputException("password", string.Join(" ", refusals.Select(refusal => refusal.Description)));
            }

            // One save for the hash, the end of any lockout and a new security stamp.
            stored.PasswordHash = session.Users.PasswordHasher.HashPassword(stored, password);
            stored.LockoutEnd = null;
            stored.AccessFailedCount = 0;
            Ensure(await session.Users.UpdateSecurityStampAsync(stored));
            await session.Tokens.RevokeBySubjectAsync(stored.UserName!, cancellationToken);
        }, cancellationToken, passwordReset: true);

    public Task<UserAccount> DisableAsync(UserAccount user, CancellationToken cancellationToken) =>
        ChangeAsync(user, async (session, stored) =>
        {
            stored.Disabled = true;
            Ensure(await session.Users.UpdateAsync(stored));
            // Tokens name their user by user name (sub); the refresh grant would refuse a disabled user anyway, a revoked token is refused before it is read.
            await session.Tokens.RevokeBySubjectAsync(stored.UserName!, cancellationToken);
        }, cancellationToken);

    public Task<UserAccount> EnableAsync(UserAccount user, CancellationToken cancellationToken) =>
        ChangeAsync(user, async (session, stored) =>
        {
            stored.Disabled = false;
            Ensure(await session.Users.UpdateAsync(stored));
        }, cancellationToken);

    /// <summary>
    /// Applies a change to the user as the caller loaded it: the save is checked against that version, so a change made
    /// in between is refused rather than overwritten. The cached record is forgotten before the unit of work commits;
    /// a request of that user in between may cache the old one for <see cref="UserDirectory.CachedFor"/>, the delay X-5 allows.
    /// </summary>
    private async Task<UserAccount> ChangeAsync(UserAccount user, Func<Session, AfterSalesUser, Task> change, CancellationToken cancellationToken, bool passwordReset = false)
    {
        await using var session = await OpenAsync(cancellationToken);
        var stored = await session.Store.Users.FirstOrDefaultAsync(candidate => candidate.Id == user.Id, cancellationToken)
            ?? throw new NotFoundException("User", user.Id);
        session.Store.Entry(stored).Property(candidate => candidate.Version).OriginalValue = user.Version;
        await SavingAsync(() => change(session, stored));
        directory.Forget(stored.UserName!);
        var changed = await Accounts(session.Store, users => users.Where(candidate => candidate.Id == user.Id)).SingleAsync(cancellationToken);
        Audit("Modified", user, changed, passwordReset);
        return changed;
    }

    /// <summary>X-1: what changed joins the unit of work's audit row; of a password, only that it was reset.</summary>
    private void Audit(string action, UserAccount? before, UserAccount after, bool passwordReset = false)
    {
        var changes = new Dictionary<string, (object? Old, object? New)>();
        void Compare<T>(string name, T? old, T? now)
        {
            if (before is null || !EqualityComparer<T>.Default.Equals(old, now))
            {
                changes[name] = (old, now);
            }
        }

        Compare("userName", before?.UserName, after.UserName);
        Compare("displayName", before?.DisplayName, after.DisplayName);
        Compare("phone", before?.Phone, after.Phone);
        Compare("technicianId", before?.TechnicianId, after.TechnicianId);
        Compare("disabled", before?.Disabled, after.Disabled);
        if (before is null || !before.Roles.SequenceEqual(after.Roles))
        {
            changes["roles"] = (before?.Roles, after.Roles);
        }

        if (passwordReset)
        {
            changes["password"] = (null, "reset");
        }

        if (changes.Count > 0)
        {
            audit.Record("User", after.Id, action, changes);
        }
    }

    private async Task<Session> OpenAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IdentityStore>();
        if (unitOfWork.Current is { } transaction)
        {
            store.Database.SetDbConnection(transaction.Connection, contextOwnsConnection: false);
            // A failed save fails the whole unit of work, as in the unit of work's own context.
            store.Database.AutoSavepointsEnabled = false;
            await store.Database.UseTransactionAsync(transaction, cancellationToken);
        }

        return new Session(scope, store);
    }

    /// <summary>The users <paramref name="chosen"/> picks, with their roles; chosen and ordered before the projection, which queries cannot see into.</summary>
    private static IQueryable<UserAccount> Accounts(IdentityStore store, Func<IQueryable<AfterSalesUser>, IQueryable<AfterSalesUser>> chosen) =>
        chosen(store.Users.AsNoTracking()).Select(user => new UserAccount(
            user.Id,
            user.UserName!,
            user.DisplayName,
            user.PhoneNumber,
            store.UserRoles
                .Where(link => link.UserId == user.Id)
                .Join(store.Roles, link => link.RoleId, role => role.Id, (_, role) => role.Name!)
                .OrderBy(role => role)
                .ToList(),
            user.TechnicianId,
            user.Disabled,
            user.Version));

    /// <summary>The store's unique indexes as the rule they keep, however two requests interleave .</summary>
    private static async Task SavingAsync(Func<Task> save)
    {
        try
        {
            await save();
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            throw unique.ConstraintName switch
            {
                TechnicianLinkIndex => new BusinessRuleViolationException(UserLinks.RuleId, "the technician is already linked to another user"),
                UserNameIndex => new BusinessRuleViolationException(UserLinks.RuleId, "the user name is already taken"),
                // The same role given twice at the same time: the user changed under the second request.
                UserRoleKey => new DbUpdateConcurrencyException("The user was changed by someone else at the same time.", exception),
                _ => exception,
            };
        }
    }

    /// <summary>Identity answers refusals as results; they become what the API answers for them.</summary>
    private static void Ensure(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        var error = result.Errors.First();
        throw error.Code switch
        {
            nameof(IdentityErrorDescriber.DuplicateUserName) => new BusinessRuleViolationException(UserLinks.RuleId, "the user name is already taken"),
            nameof(IdentityErrorDescriber.InvalidUserName) => new InvalidInputException("userName", error.Description),
            nameof(IdentityErrorDescriber.ConcurrencyFailure) => new DbUpdateConcurrencyException("The user was changed by someone else since it was read."),
            _ => new InvalidOperationException("The user store refused a change: " + string.Join("; ", result.Errors.Select(refusal => refusal.Description))),
        };
    }

    /// <summary>One call's scope: its store (on the unit of work's transaction, if any) and the managers that use it.</summary>
    private sealed class Session(AsyncServiceScope scope, IdentityStore store) : IAsyncDisposable
    {
        public IdentityStore Store { get; } = store;

        public UserManager<AfterSalesUser> Users { get; } = scope.ServiceProvider.GetRequiredService<UserManager<AfterSalesUser>>();

        public StoredRoles StoredRoles { get; } = scope.ServiceProvider.GetRequiredService<StoredRoles>();

        public IOpenIddictTokenManager Tokens { get; } = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
