namespace AfterSales.Application.Security;

/// <summary>The caller's role lets them reach the action, but not on this resource or as this person (→ 403).</summary>
public sealed class ForbiddenException(string reason) : Exception(reason);
