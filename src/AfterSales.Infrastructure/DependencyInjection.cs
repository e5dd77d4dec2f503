using AfterSales.Application;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Complaints;
using AfterSales.Application.Files;
using AfterSales.Application.Inquiries;
using AfterSales.Application.Returns;
using AfterSales.Application.Invoicing;
using AfterSales.Application.PartsOrders;
using AfterSales.Application.PartsReplacements;
using AfterSales.Application.WorkOrders;
using AfterSales.Domain.Scheduling;
using AfterSales.Infrastructure.Calendar;
using AfterSales.Infrastructure.Complaints;
using AfterSales.Infrastructure.Customers;
using AfterSales.Infrastructure.DomainEvents;
using AfterSales.Infrastructure.Files;
using AfterSales.Infrastructure.Idempotency;
using AfterSales.Infrastructure.Inquiries;
using AfterSales.Infrastructure.Returns;
using AfterSales.Infrastructure.Invoicing;
using AfterSales.Infrastructure.PartsOrders;
using AfterSales.Infrastructure.PartsReplacements;
using AfterSales.Infrastructure.Persistence;
using AfterSales.Infrastructure.Persistence.Auditing;
using AfterSales.Infrastructure.Persistence.Reading;
using AfterSales.Infrastructure.Seeding;
using AfterSales.Infrastructure.WorkOrders;
using Dapper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AfterSales.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "AfterSales";

    /// <summary>A streaming standby for the reads that tolerate a second of lag (<see cref="IStandbyReads"/>); optional.</summary>
    public const string ReplicaConnectionStringName = "AfterSalesReplica";

    /// <summary>How the standby's connections name themselves in PostgreSQL (<c>application_name</c>), unless configured.</summary>
    public const string StandbyApplicationName = "aftersales-standby-reads";

    /// <summary>The primary database's connection string, as configured; refused when missing.</summary>
    public static string PrimaryConnectionString(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is not set. ./build/run.sh sets it to a local database when it is missing.")
            : connectionString;
    }

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = ForPooledConnections(PrimaryConnectionString(configuration));
        var retries = configuration.GetValue("Database:MaxRetryCount", 3);
        var retryDelay = TimeSpan.FromSeconds(configuration.GetValue("Database:MaxRetryDelaySeconds", 1));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PreparedStatementReset>();
        services.AddDbContextPool<AfterSalesDbContext>((provider, options) => ConfigureDatabase(options, connectionString, retries, retryDelay)
            .AddInterceptors(provider.GetRequiredService<PreparedStatementReset>()));
        BindLeasesToRequests(services);
        services.AddScoped<IAfterSalesDbContext>(provider => provider.GetRequiredService<AfterSalesDbContext>());
        services.AddSingleton<IReadDatabase>(provider => ReadDatabase.Primary(connectionString, provider.GetRequiredService<PreparedStatementReset>(), new ReadRetries(retries, retryDelay)));
        AddStandbyReads(services, configuration, connectionString, retries, retryDelay);
        SqlMapper.AddTypeHandler(new UtcTimestampHandler());
        services.AddScoped<ITransactionRunner, TransactionRunner>();
        services.AddScoped<IUnitOfWorkTransaction, UnitOfWorkTransaction>();
        services.AddScoped<DomainEventDispatcher>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<IAuditedChanges>(provider => provider.GetRequiredService<AuditTrail>());
        services.AddScoped<DemoData>();
        services.AddScoped<IWorkOrderNumbers, WorkOrderNumbers>();
        services.AddScoped<IComplaintNumbers, ComplaintNumbers>();
        services.AddScoped<IInquiryNumbers, InquiryNumbers>();
        services.AddScoped<IReturnNumbers, ReturnNumbers>();
        services.AddScoped<IPartsReplacementNumbers, PartsReplacementNumbers>();
        services.AddScoped<IInvoiceRequestNumbers, InvoiceRequestNumbers>();
        services.AddScoped<IPartsOrderNumbers, PartsOrderNumbers>();
        services.AddScoped<IFileStore, PostgresFileStore>();
        services.AddSingleton(provider => new WorkingCalendars(
            connectionString,
            provider.GetRequiredService<IOptions<SlaOptions>>(),
            provider.GetRequiredService<CompanyCalendar>(),
            provider.GetRequiredService<ILogger<WorkingCalendars>>()));
        services.AddSingleton<IWorkingCalendars>(provider => provider.GetRequiredService<WorkingCalendars>());
        services.AddHostedService(provider => provider.GetRequiredService<WorkingCalendars>());
        services.AddScoped<IDomainEventHandler<WorkingCalendarChanged>, CalendarChangeNotice>();
        services.AddSingleton<SlaSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<SlaSweeper>());
        services.AddSingleton<RenewalTaskOpener>();
        services.AddHostedService(provider => provider.GetRequiredService<RenewalTaskOpener>());
        services.AddSingleton<IdempotencyKeyCleanUp>();
        services.AddHostedService(provider => provider.GetRequiredService<IdempotencyKeyCleanUp>());

        services.Scan<IApplicationMarker>(typeof(IDomainEventHandler<>));
        services.AddHealthChecks()
            .AddCheck<DatabaseReadiness>("database", tags: ["ready"], timeout: DatabaseReadiness.Timeout)
            .AddCheck<HolidayListCoverage>("holidays", tags: ["ready"]);
        return services;
    }

    internal static DbContextOptionsBuilder ConfigureDatabase(DbContextOptionsBuilder options, string connectionString, int maxRetryCount, TimeSpan maxRetryDelay) =>
        options
            .UseNpgsql(connectionString, npgsql => ConfigureNpgsql(npgsql, maxRetryCount, maxRetryDelay))
            .UseSnakeCaseNamingConvention();

    /// <summary>
    /// The primary host is appended to the standby's hosts and a standby is preferred, so that while no standby
    /// answers these reads go to the primary instead of failing; the connections name themselves
    /// (<see cref="StandbyApplicationName"/>) so the standby's logs and statistics show whose they are.
    /// </summary>
    internal static string ForStandbyReads(string replicaConnectionString, string primaryConnectionString)
    {
        var standby = new NpgsqlConnectionStringBuilder(ForPooledConnections(replicaConnectionString));
        var primary = new NpgsqlConnectionStringBuilder(primaryConnectionString);
        var hosts = HostsOf(standby);
        var primaryHost = HostsOf(primary)[0];
        standby.Host = string.Join(',', hosts.Contains(primaryHost, StringComparer.OrdinalIgnoreCase) ? hosts : [.. hosts, primaryHost]);
        standby.ApplicationName ??= StandbyApplicationName;
        return standby.ConnectionString;
    }

    private static string[] HostsOf(NpgsqlConnectionStringBuilder builder) =>
        [.. (builder.Host ?? "localhost").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(host => host.Contains(':', StringComparison.Ordinal) ? host : $"{host}:{builder.Port}")];

    private static void AddStandbyReads(IServiceCollection services, IConfiguration configuration, string primaryConnectionString, int retries, TimeSpan retryDelay)
    {
        var replica = configuration.GetConnectionString(ReplicaConnectionStringName);
        if (string.IsNullOrWhiteSpace(replica))
        {
            services.AddScoped<IStandbyReads, PrimaryStandbyReads>();
            return;
        }

        var standbyConnectionString = ForStandbyReads(replica, primaryConnectionString);
        services.AddSingleton(provider =>
        {
            var preparedStatements = provider.GetRequiredService<PreparedStatementReset>();
            return new StandbyDatabase(
                new NpgsqlDataSourceBuilder(standbyConnectionString).BuildMultiHost(),
                dataSource => new DbContextOptionsBuilder<AfterSalesDbContext>()
                    .UseNpgsql(dataSource, npgsql => ConfigureNpgsql(npgsql, retries, retryDelay))
                    .UseSnakeCaseNamingConvention()
                    .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                    .AddInterceptors(preparedStatements)
                    .Options,
                preparedStatements,
                new ReadRetries(retries, retryDelay));
        });
        services.AddScoped<IStandbyReads, ReplicaStandbyReads>();
    }

    private static void ConfigureNpgsql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql, int maxRetryCount, TimeSpan maxRetryDelay) =>
        npgsql
            .EnableRetryOnFailure(maxRetryCount, maxRetryDelay, errorCodesToAdd: null)
            // One statement per aggregate load, on purpose: a prepared join beats a round trip per collection.
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)
            .MigrationsHistoryTable("__ef_migrations_history", AfterSalesDbContext.Schema);

    /// <summary>
    /// How each pooled connection is used:
    /// <list type="bullet">
    /// <item>PostgreSQL plans a statement that loads an aggregate with its parts in milliseconds and runs it in microseconds.
    /// Automatic preparation lets each connection plan a hot statement once (made safe by <see cref="PreparedStatementReset"/>).
    /// A connection string that sets its own non-zero value keeps it.</item>
    /// <item>A connection goes back to the pool without a session reset. Npgsql's reset is a statement of its own
    /// (<c>RESET ALL; CLOSE ALL; UNLISTEN *; …</c>) sent with the next lease's first command, and cost PostgreSQL more than
    /// reading a work order. There is nothing to reset: this application never leaves state on a session. It sets no
    /// session parameters, makes no temporary tables or cursors, and takes only transaction-scoped advisory locks.
    /// Npgsql still rolls back a transaction left open. Keep it that way, or put the reset back.</item>
    /// </list>
    /// </summary>
    internal static string ForPooledConnections(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 128;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// A pooled context outlives the request that leases it, so each lease is bound to the request's domain-event
    /// reactions, audit trail and clock. This wraps EF Core's own scoped registration rather than leasing through the
    /// pooled factory: its scoped lease returns the context to the pool exactly once, however many registrations
    /// (the context, <see cref="IAfterSalesDbContext"/>) dispose it at the end of the request.
    /// </summary>
    private static void BindLeasesToRequests(IServiceCollection services)
    {
        var lease = services.Single(descriptor => descriptor.ServiceType == typeof(AfterSalesDbContext));
        var leaseContext = lease.ImplementationFactory
            ?? throw new InvalidOperationException("EF Core no longer registers pooled contexts through a factory; revisit BindLeasesToRequests.");
        services.Remove(lease);
        services.AddScoped(provider => ((AfterSalesDbContext)leaseContext(provider)).BindTo(
            provider.GetRequiredService<DomainEventDispatcher>(), provider.GetRequiredService<AuditTrail>(), provider.GetRequiredService<TimeProvider>()));
    }

    /// <summary>Registers every closed implementation of an open generic interface found in the marker's assembly.</summary>
    private static void Scan<TMarker>(this IServiceCollection services, Type openInterface)
    {
        var implementations = typeof(TMarker).Assembly.GetTypes().Where(type => type is { IsAbstract: false, IsInterface: false });
        foreach (var implementation in implementations)
        {
            foreach (var contract in implementation.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface))
            {
                services.AddScoped(contract, implementation);
            }
        }
    }
}
