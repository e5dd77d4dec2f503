using AfterSales.Domain.Technicians;

namespace AfterSales.Domain.WorkOrders;

/// <summary>A leaving technician's open orders go to whoever takes over (HC-5).</summary>
public sealed partial class WorkOrder
{
    /// <summary>
    /// HC-5: reassigns an open order of a leaving technician, keeping the history (WO-2). Unlike a
    /// dispatch it also moves a resolved order, so that a reopening after an unhappy follow-up (WO-13)
    /// reaches a technician who is still there, and a closed order still waiting for an old part (WO-11 r2),
    /// whose deposit is owed through whoever holds the order.
    /// </summary>
    public void HandOver(Technician technician, string handedOverBy, string reason, TimeProvider clock)
    {
        Ensure(WorkOrderAction.HandOver);
        var previous = TechnicianId;
        var now = clock.GetUtcNow();
        RecordAssignment(technician, handedOverBy, reason, now);
        Raise(new WorkOrderAssigned(Id, technician.Id, previous, now));
    }
}
