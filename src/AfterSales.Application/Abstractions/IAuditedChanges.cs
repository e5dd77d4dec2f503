namespace AfterSales.Application.Abstractions;

/// <summary>
/// X-1 for what a unit of work changes outside its own context, in its transaction (the sign-in provider's users): the
/// change joins the unit of work's audit row, described as the context's own changes are.
/// </summary>
public interface IAuditedChanges
{
    /// <param name="entityType">What changed, as the audit trail names it (<c>User</c>).</param>
    /// <param name="entityId">Its id, by which <c>GET /audit?entityId=</c> finds the row.</param>
    /// <param name="action"><c>Added</c> or <c>Modified</c>.</param>
    /// <param name="properties">Each changed property, named as clients read it, with its old and new value.</param>
    void Record(string entityType, Guid entityId, string action, IReadOnlyDictionary<string, (object? Old, object? New)> properties);
}
