using AfterSales.Domain.Common;

namespace AfterSales.Domain.Technicians;

/// <summary>
/// The status changes of a handover (HC-1, HC-5). They are internal: only a
/// <see cref="Handovers.HandoverChecklist"/> calls them, so completing a checklist is the one way to
/// make a technician <see cref="TechnicianStatus.Departed"/> or move them to another team (TE-3).
/// </summary>
public sealed partial class Technician
{
    /// <summary>HC-1: an active technician whose handover starts is <see cref="TechnicianStatus.Leaving"/>; TE-2 then keeps new work away.</summary>
    internal void BeginHandover(TimeProvider clock)
    {
        if (Status == TechnicianStatus.Leaving)
        {
            throw new BusinessRuleViolationException("HC-1", $"technician {EmployeeNumber} already has an open handover checklist");
        }

        ChangeStatus("HC-1", TechnicianStatus.Active, TechnicianStatus.Leaving, clock);
    }

    /// <summary>HC-1: the handover was withdrawn; the technician takes new work again.</summary>
    internal void StayOn(TimeProvider clock) =>
        ChangeStatus("HC-1", TechnicianStatus.Leaving, TechnicianStatus.Active, clock);

    /// <summary>HC-5: the completed handover of a resignation, dismissal or retirement.</summary>
    internal void CompleteDeparture(TimeProvider clock) =>
        ChangeStatus("HC-5", TechnicianStatus.Leaving, TechnicianStatus.Departed, clock);

    /// <summary>HC-5: the completed handover of a transfer; the technician works on in the new team.</summary>
    internal void CompleteTransfer(string newTeam, TimeProvider clock)
    {
        var team = Require.Text(newTeam, 50);
        var previousTeam = Team;
        ChangeStatus("HC-5", TechnicianStatus.Leaving, TechnicianStatus.Active, clock);
        Team = team;
        Raise(new TechnicianTransferred(Id, previousTeam, team, clock.GetUtcNow()));
    }
}
