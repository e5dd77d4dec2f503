using AfterSales.Domain.Common;

namespace AfterSales.Domain.Technicians;

/// <summary>
/// TE-1 (r2): the fields of a technician a correction names; the rest stay as they are. The team, status, employee
/// number, position and hire date are here only so that naming them is refused with the rule that fixes them.
/// </summary>
public sealed record TechnicianCorrection(
    Change<string?>? Name = null,
    Change<string?>? Phone = null,
    Change<int?>? PayLevel = null,
    Change<Guid?>? SupervisorId = null,
    Change<string?>? Team = null,
    Change<TechnicianStatus?>? Status = null,
    Change<string?>? EmployeeNumber = null,
    Change<Position?>? Position = null,
    Change<DateOnly?>? HireDate = null);
