using AfterSales.Domain.Customers;
using AfterSales.Domain.Receivables;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Handovers;

/// <summary>
/// The records a checklist lists (HC-2) or moves (HC-5), loaded by the caller: customers, work orders
/// (open ones, and those holding unremitted cash) and receivables.
/// </summary>
public sealed record HeldRecords(IReadOnlyCollection<Customer> Customers, IReadOnlyCollection<WorkOrder> WorkOrders, IReadOnlyCollection<Receivable> Receivables)
{
    public Customer? Customer(Guid id) => Customers.SingleOrDefault(customer => customer.Id == id);

    public WorkOrder? WorkOrder(Guid id) => WorkOrders.SingleOrDefault(order => order.Id == id);

    public Receivable? Receivable(Guid id) => Receivables.SingleOrDefault(receivable => receivable.Id == id);

    public Payment? Payment(Guid id) => WorkOrders.SelectMany(order => order.Payments).SingleOrDefault(payment => payment.Id == id);
}
