using AfterSales.Domain.Technicians;

namespace AfterSales.Domain.Assessments;

/// <summary>
/// AS-4 (r2): who scores or submits an assessment — their name for the record, the technician they are (none for a
/// manager without a technician record), and the teams they reach (X-4 r2) — as the signed-in user says, never a request.
/// </summary>
public sealed record Assessor(string Name, Guid? TechnicianId, TeamReach Reach);
