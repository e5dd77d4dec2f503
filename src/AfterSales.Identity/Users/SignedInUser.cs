namespace AfterSales.Identity.Users;

/// <summary>What a request needs to know of the user behind its token: who they are, the technician they are, whether they may.</summary>
public sealed record SignedInUser(Guid Id, string UserName, Guid? TechnicianId, bool Disabled);
