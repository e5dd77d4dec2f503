using AfterSales.Application.Abstractions;
using AfterSales.Application.Audit;
using AfterSales.Application.Common.Idempotency;
using AfterSales.Domain.Assessments;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Files;
using AfterSales.Domain.Handovers;
using AfterSales.Domain.Inquiries;
using AfterSales.Domain.PartsOrders;
using AfterSales.Domain.PartsReplacements;
using AfterSales.Domain.Pricing;
using AfterSales.Domain.Invoicing;
using AfterSales.Domain.Receivables;
using AfterSales.Domain.Returns;
using AfterSales.Domain.Renewals;
using AfterSales.Domain.SalesLeads;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.Shipping;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;
using AfterSales.Infrastructure.Complaints;
using AfterSales.Infrastructure.DomainEvents;
using AfterSales.Infrastructure.Inquiries;
using AfterSales.Infrastructure.Invoicing;
using AfterSales.Infrastructure.PartsOrders;
using AfterSales.Infrastructure.PartsReplacements;
using AfterSales.Infrastructure.Persistence.Auditing;
using AfterSales.Infrastructure.Persistence.Configurations;
using AfterSales.Infrastructure.Persistence.Saving;
using AfterSales.Infrastructure.Returns;
using AfterSales.Infrastructure.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// The unit of work. Instances are pooled (building a context and its internal services on every request cost
/// more than the query it runs), so the request's collaborators are bound to each lease with <see cref="BindTo"/>.
/// </summary>
public sealed class AfterSalesDbContext(DbContextOptions<AfterSalesDbContext> options) : DbContext(options), IAfterSalesDbContext
{
    public const string Schema = "aftersales";

    private RequestScope? scope;

    public DbSet<Technician> Technicians => Set<Technician>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<WorkOrder> WorkOrders => Set<WorkOrder>();

    public DbSet<SalesLead> SalesLeads => Set<SalesLead>();

    public DbSet<Receivable> Receivables => Set<Receivable>();

    public DbSet<InvoiceRequest> InvoiceRequests => Set<InvoiceRequest>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<Inquiry> Inquiries => Set<Inquiry>();

    public DbSet<CollectionRun> CollectionRuns => Set<CollectionRun>();

    public DbSet<PartsReplacementRequest> PartsReplacementRequests => Set<PartsReplacementRequest>();

    public DbSet<Shipment> Shipments => Set<Shipment>();

    public DbSet<PartsOrder> PartsOrders => Set<PartsOrder>();

    public DbSet<HandoverChecklist> HandoverChecklists => Set<HandoverChecklist>();
    public DbSet<MonthlyAssessment> MonthlyAssessments => Set<MonthlyAssessment>();

    public DbSet<RenewalTask> RenewalTasks => Set<RenewalTask>();

    public DbSet<PartPrice> PartPrices => Set<PartPrice>();

    public DbSet<LabourRate> LabourRates => Set<LabourRate>();

    public DbSet<ReturnRequest> ReturnRequests => Set<ReturnRequest>();

    public IQueryable<StockMovement> StockMovements => Set<StockMovement>().AsNoTracking();

    public IQueryable<Equipment> Equipment => Set<Equipment>().AsNoTracking();

    public IQueryable<ContactRecord> ContactRecords => Set<ContactRecord>().AsNoTracking();

    public IQueryable<AuditEntry> AuditEntries => Set<AuditEntry>().AsNoTracking();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<FileUpload> FileUploads => Set<FileUpload>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    private RequestScope Scope => scope
        ?? throw new InvalidOperationException("This context was not leased for a request: resolve it from the request's services.");

    /// <summary>Binds a pooled instance to the request that leased it: its domain-event reactions, audit trail and clock.</summary>
    internal AfterSalesDbContext BindTo(DomainEventDispatcher domainEvents, AuditTrail auditTrail, TimeProvider clock)
    {
        scope = new RequestScope(domainEvents, auditTrail, clock);
        return this;
    }

    // A returned lease must not keep the finished request's services alive in the pool.
    public override void Dispose()
    {
        scope = null;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        scope = null;
        return base.DisposeAsync();
    }

    /// <summary>
    /// Saves the unit of work. Each save-time concern is its own piece, run in this order: reactions first, since
    /// they change more aggregates; then every changed aggregate's version, since that covers the reactions' changes
    /// too; then the audit, which must see the final set of changes; then the write, whose unique violations become
    /// rule-named refusals.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var detection = ManualChangeDetection.During(ChangeTracker);
        var changed = await Scope.DomainEvents.PublishRaisedAsync(ChangeTracker, cancellationToken);
        AggregateVersions.Touch(changed, Scope.Clock.GetUtcNow());
        if (!ChangeTracker.HasChanges() && !Scope.AuditTrail.HasExternalChanges)
        {
            return 0;
        }

        Scope.AuditTrail.Record(ChangeTracker);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueConstraints.Translate(exception) is { } violation)
        {
            throw violation;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Save asynchronously: domain events and audit rows are written on the async path.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        // In "public" so that a column's unqualified COLLATE clause finds it whatever the default schema.
        modelBuilder.HasCollation("public", Collations.CaseInsensitive, locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        modelBuilder.HasSequence<long>(WorkOrderNumbers.Sequence);
        modelBuilder.HasSequence<long>(ComplaintNumbers.Sequence);
        modelBuilder.HasSequence<long>(InquiryNumbers.Sequence);
        modelBuilder.HasSequence<long>(ReturnNumbers.Sequence);
        modelBuilder.HasSequence<long>(PartsReplacementNumbers.Sequence);
        modelBuilder.HasSequence<long>(InvoiceRequestNumbers.Sequence);
        modelBuilder.HasSequence<long>(PartsOrderNumbers.Sequence);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AfterSalesDbContext).Assembly);
        foreach (var aggregate in modelBuilder.Model.GetEntityTypes().Where(type => type.ClrType.IsSubclassOf(typeof(AggregateRoot))))
        {
            modelBuilder.Entity(aggregate.ClrType).Property<DateTimeOffset>(AggregateVersions.UpdatedAt);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<decimal>().HavePrecision(12, 2);
    }

    private sealed record RequestScope(DomainEventDispatcher DomainEvents, AuditTrail AuditTrail, TimeProvider Clock);
}
