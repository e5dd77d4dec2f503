namespace AfterSales.Application.Abstractions;

/// <summary>Who is making the request, as the access token says.</summary>
public interface ICurrentUser
{
    /// <summary>The token's subject; "system" for work the application does on its own.</summary>
    string UserName { get; }

    /// <summary>The technician the caller is, when the token says so.</summary>
    Guid? TechnicianId { get; }

    bool IsInRole(string role);
}
