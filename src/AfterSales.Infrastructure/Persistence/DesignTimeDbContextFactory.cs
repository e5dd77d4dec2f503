using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the API or reaching a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AfterSalesDbContext>
{
    public AfterSalesDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AfterSalesDbContext>();
        DependencyInjection.ConfigureDatabase(options, "Host=localhost;Database=aftersales_design", maxRetryCount: 0);
        return new AfterSalesDbContext(options.Options);
    }
}
