namespace AfterSales.Application.Security;

/// <summary>The caller may see the resource but is not the person this action belongs to (→ 403).</summary>
public sealed class ForbiddenException(string reason) : Exception(reason);
