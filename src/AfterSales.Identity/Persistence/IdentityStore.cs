using AfterSales.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace AfterSales.Identity.Persistence;

/// <summary>
/// Users, roles and OpenIddict's applications, authorizations, scopes and tokens, in the AfterSales database under a
/// schema of their own with their own migrations: the provider could be moved out of the API's process and database
/// without touching the business schema.
/// </summary>
public sealed class IdentityStore(DbContextOptions<IdentityStore> options) : IdentityDbContext<AfterSalesUser, IdentityRole<Guid>, Guid>(options)
{
    public const string Schema = "identity";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.UseOpenIddict<Guid>();
        // Table names as the rest of the database writes them, not Identity's and OpenIddict's PascalCase.
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<OpenIddictEntityFrameworkCoreApplication<Guid>>().ToTable("applications");
        builder.Entity<OpenIddictEntityFrameworkCoreAuthorization<Guid>>().ToTable("authorizations");
        builder.Entity<OpenIddictEntityFrameworkCoreScope<Guid>>().ToTable("scopes");
        builder.Entity<OpenIddictEntityFrameworkCoreToken<Guid>>().ToTable("tokens");
        builder.Entity<AfterSalesUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.Version).IsRowVersion();
            user.HasIndex(u => u.TechnicianId).IsUnique().HasFilter("technician_id IS NOT NULL");
        });
    }
}
