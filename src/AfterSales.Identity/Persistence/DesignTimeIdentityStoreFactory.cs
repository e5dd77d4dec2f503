using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AfterSales.Identity.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only: the model needs no live database.</summary>
internal sealed class DesignTimeIdentityStoreFactory : IDesignTimeDbContextFactory<IdentityStore>
{
    public IdentityStore CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<IdentityStore>();
        IdentityProviderSetup.ConfigureStore(options, "Host=localhost;Database=aftersales_design");
        return new IdentityStore(options.Options);
    }
}
