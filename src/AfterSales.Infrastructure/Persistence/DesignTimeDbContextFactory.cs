using AfterSales.Application.Abstractions;
using AfterSales.Infrastructure.DomainEvents;
using AfterSales.Infrastructure.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the API or reaching a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AfterSalesDbContext>
{
    public AfterSalesDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AfterSalesDbContext>();
        DependencyInjection.ConfigureDatabase(options, "Host=localhost;Database=aftersales_design", maxRetryCount: 0, maxRetryDelay: TimeSpan.Zero);
        return new AfterSalesDbContext(
            options.Options,
            new DomainEventDispatcher(new ServiceCollection().BuildServiceProvider()),
            new AuditTrail(new DesignTimeUser(), TimeProvider.System),
            TimeProvider.System);
    }

    private sealed class DesignTimeUser : ICurrentUser
    {
        public string UserName => "design-time";

        public Guid? TechnicianId => null;

        public bool IsInRole(string role) => false;
    }
}
