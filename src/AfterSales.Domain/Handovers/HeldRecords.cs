using AfterSales.Domain.Customers;
using AfterSales.Domain.Receivables;
using AfterSales.Domain.Renewals;
using AfterSales.Domain.SalesLeads;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Handovers;

/// <summary>
/// The records a checklist lists (HC-2) or moves (HC-5), loaded by the caller: customers, work orders
/// (open ones, those holding outstanding old parts, and those holding the leaver's unremitted cash), receivables
/// and (r2) renewal tasks and pending sales leads.
/// </summary>
public sealed record HeldRecords(
    IReadOnlyCollection<Customer> Customers,
    IReadOnlyCollection<WorkOrder> WorkOrders,
    IReadOnlyCollection<Receivable> Receivables,
    IReadOnlyCollection<RenewalTask> RenewalTasks,
    IReadOnlyCollection<SalesLead> SalesLeads)
{
    public Customer? Customer(Guid id) => Customers.SingleOrDefault(customer => customer.Id == id);

    public WorkOrder? WorkOrder(Guid id) => WorkOrders.SingleOrDefault(order => order.Id == id);

    public Receivable? Receivable(Guid id) => Receivables.SingleOrDefault(receivable => receivable.Id == id);

    public Payment? Payment(Guid id) => WorkOrders.SelectMany(order => order.Payments).SingleOrDefault(payment => payment.Id == id);

    public WorkOrder? OrderOfPart(Guid partId) => WorkOrders.SingleOrDefault(order => order.Parts.Any(part => part.Id == partId));

    public Part? Part(Guid id) => WorkOrders.SelectMany(order => order.Parts).SingleOrDefault(part => part.Id == id);

    public RenewalTask? RenewalTask(Guid id) => RenewalTasks.SingleOrDefault(task => task.Id == id);

    public SalesLead? SalesLead(Guid id) => SalesLeads.SingleOrDefault(lead => lead.Id == id);
}
