using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    /// <summary>
    /// WO-10 (r2): the team lead inspects the repaired item before it goes back; a failed inspection (with what is still
    /// wrong) holds the return until one passes.
    /// </summary>
    public void InspectWorkshopRepair(bool passed, string? note, string inspectedBy, TimeProvider clock)
    {
        Ensure(WorkOrderAction.InspectWorkshopRepair);
        if (Workshop is null)
        {
            throw new BusinessRuleViolationException("WO-10", "no carry-back to the workshop is recorded");
        }

        var now = clock.GetUtcNow();
        Workshop.RecordInspection(passed, note, inspectedBy, now);
        Raise(new WorkRecorded(Id, "workshop inspection", now));
    }
}
