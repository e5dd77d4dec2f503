using AfterSales.Application.Audit;
using AfterSales.Application.Common.Idempotency;
using AfterSales.Domain.Assessments;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Files;
using AfterSales.Domain.Handovers;
using AfterSales.Domain.Inquiries;
using AfterSales.Domain.PartsReplacements;
using AfterSales.Domain.Pricing;
using AfterSales.Domain.Invoicing;
using AfterSales.Domain.PartsOrders;
using AfterSales.Domain.Receivables;
using AfterSales.Domain.Returns;
using AfterSales.Domain.Renewals;
using AfterSales.Domain.SalesLeads;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.Shipping;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Abstractions;

/// <summary>The unit of work handlers use: aggregates to change, and read-only views for queries.</summary>
public interface IAfterSalesDbContext
{
    DbSet<Technician> Technicians { get; }

    DbSet<Customer> Customers { get; }

    DbSet<WorkOrder> WorkOrders { get; }

    DbSet<SalesLead> SalesLeads { get; }

    DbSet<Receivable> Receivables { get; }

    DbSet<InvoiceRequest> InvoiceRequests { get; }

    DbSet<Complaint> Complaints { get; }

    DbSet<Inquiry> Inquiries { get; }

    DbSet<CollectionRun> CollectionRuns { get; }

    DbSet<PartsReplacementRequest> PartsReplacementRequests { get; }

    DbSet<Shipment> Shipments { get; }

    DbSet<PartsOrder> PartsOrders { get; }

    DbSet<HandoverChecklist> HandoverChecklists { get; }
    DbSet<MonthlyAssessment> MonthlyAssessments { get; }

    DbSet<RenewalTask> RenewalTasks { get; }

    DbSet<PartPrice> PartPrices { get; }

    DbSet<LabourRate> LabourRates { get; }

    DbSet<ReturnRequest> ReturnRequests { get; }

    /// <summary>RX-3: the Warehouse's record, for its list; movements are recorded through <see cref="ReturnRequest"/>'s completing steps.</summary>
    IQueryable<StockMovement> StockMovements { get; }

    IQueryable<Equipment> Equipment { get; }

    /// <summary>The contact log (CU-4, CU-5), for reports; entries are added through <see cref="Customer.RecordContact"/>.</summary>
    IQueryable<ContactRecord> ContactRecords { get; }

    IQueryable<AuditEntry> AuditEntries { get; }

    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    DbSet<FileUpload> FileUploads { get; }

    DbSet<CalendarYear> CalendarYears { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
