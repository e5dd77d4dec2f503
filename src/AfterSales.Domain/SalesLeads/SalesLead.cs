using AfterSales.Domain.Common;
using AfterSales.Domain.Technicians;

namespace AfterSales.Domain.SalesLeads;

/// <summary>
/// WO-15: a customer intends to buy new equipment, noted by whoever heard it (usually the technician
/// on the job) and followed up by sales: contacted, then won or lost.
/// </summary>
public sealed class SalesLead : AggregateRoot
{
    public const int ModelMaxLength = 100;
    public const int NoteMaxLength = 2000;

    private SalesLead()
        : base(Guid.Empty)
    {
        Model = null!;
        Note = null!;
        RecordedBy = null!;
    }

    private SalesLead(Guid id)
        : base(id)
    {
        Model = null!;
        Note = null!;
        RecordedBy = null!;
    }

    public Guid CustomerId { get; private set; }

    /// <summary>The technician who found the lead, when one did; a dispatcher may take one down from a phone call.</summary>
    public Guid? TechnicianId { get; private set; }

    /// <summary>The visit during which the customer mentioned it, when there was one.</summary>
    public Guid? WorkOrderId { get; private set; }

    /// <summary>The product model the customer is interested in.</summary>
    public string Model { get; private set; }

    public string Note { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public SalesLeadStatus Status { get; private set; }

    /// <summary>Sales has not yet won or lost it: someone still has to follow it up.</summary>
    public bool IsPending => Status is SalesLeadStatus.Open or SalesLeadStatus.Contacted;

    public string? StatusChangedBy { get; private set; }

    public DateTimeOffset? StatusChangedAt { get; private set; }

    /// <summary>WO-15: a new lead is <see cref="SalesLeadStatus.Open"/>; that the customer and the order exist is the caller's to check.</summary>
    public static SalesLead Record(
        Guid customerId,
        Guid? technicianId,
        Guid? workOrderId,
        string model,
        string note,
        string recordedBy,
        TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var lead = new SalesLead(Guid.CreateVersion7())
        {
            CustomerId = customerId,
            TechnicianId = technicianId,
            WorkOrderId = workOrderId,
            Model = Require.Text(model, ModelMaxLength),
            Note = Require.Text(note, NoteMaxLength),
            RecordedBy = Require.Text(recordedBy, 100),
            RecordedAt = now,
            Status = SalesLeadStatus.Open,
        };
        lead.Raise(new SalesLeadRecorded(lead.Id, customerId, technicianId, now));
        return lead;
    }

    /// <summary>Sales has spoken to the customer about the purchase.</summary>
    public void MarkContacted(string by, TimeProvider clock) => MoveTo(SalesLeadStatus.Contacted, by, clock, SalesLeadStatus.Open);

    /// <summary>The customer bought; contacted or not, an open lead can end this way.</summary>
    public void MarkWon(string by, TimeProvider clock) => MoveTo(SalesLeadStatus.Won, by, clock, SalesLeadStatus.Open, SalesLeadStatus.Contacted);

    /// <summary>The customer will not buy (or bought elsewhere).</summary>
    public void MarkLost(string by, TimeProvider clock) => MoveTo(SalesLeadStatus.Lost, by, clock, SalesLeadStatus.Open, SalesLeadStatus.Contacted);

    /// <summary>
    /// HC-5 (r2): the lead of a technician who leaves is followed up through the technician who takes over; the customer
    /// relationship it came from goes with them.
    /// </summary>
    public void HandOver(Technician technician, TimeProvider clock)
    {
        if (!IsPending)
        {
            throw new BusinessRuleViolationException("HC-5", $"the sales lead for {Model} is already {Status}");
        }

        technician.EnsureCanTakeNewWork();
        var previous = TechnicianId;
        TechnicianId = technician.Id;
        Raise(new SalesLeadHandedOver(Id, previous, technician.Id, clock.GetUtcNow()));
    }

    private void MoveTo(SalesLeadStatus next, string by, TimeProvider clock, params SalesLeadStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
        {
            throw new BusinessRuleViolationException("WO-15", $"the sales lead for {Model} is {Status} and cannot be marked {next}");
        }

        var now = clock.GetUtcNow();
        var previous = Status;
        Status = next;
        StatusChangedBy = Require.Text(by, 100);
        StatusChangedAt = now;
        Raise(new SalesLeadStatusChanged(Id, previous, next, now));
    }
}
