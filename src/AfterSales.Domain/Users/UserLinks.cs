using AfterSales.Domain.Common;
using AfterSales.Domain.Technicians;

namespace AfterSales.Domain.Users;

/// <summary>
/// a user who is a technician is linked to exactly one technician record, a technician to at most one user, and
/// a departed technician's user stays disabled. The users are kept by the sign-in provider; these are the rules any
/// change to them passes first.
/// </summary>
public static class UserLinks
{
    public const string RuleId = "X-5";

    /// <param name="userName">The user to link.</param>
    /// <param name="linkedTechnicianId">The technician that user is linked to now, if any.</param>
    /// <param name="technician">The technician to link the user to.</param>
    /// <param name="technicianUserName">The user that technician is linked to now, if any.</param>
    public static void EnsureLinkable(string userName, Guid? linkedTechnicianId, Technician technician, string? technicianUserName)
    {
        if (linkedTechnicianId is { } linked && linked != technician.Id)
        {
            throw new BusinessRuleViolationException(RuleId, $"user {userName} is already linked to another technician");
        }

        if (technicianUserName is { } holder && !string.Equals(holder, userName, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleViolationException(RuleId, $"technician {technician.EmployeeNumber} is already linked to user {holder}");
        }

        if (technician.Status == TechnicianStatus.Departed)
        {
            throw new BusinessRuleViolationException(RuleId, $"technician {technician.EmployeeNumber} has departed");
        }
    }

    /// <summary>A departed technician's user was disabled by their handover (HC-5) and stays so.</summary>
    public static void EnsureMayBeEnabled(string userName, Technician? linkedTechnician)
    {
        if (linkedTechnician is { Status: TechnicianStatus.Departed })
        {
            throw new BusinessRuleViolationException(RuleId, $"user {userName} is technician {linkedTechnician.EmployeeNumber}, who has departed");
        }
    }
}
