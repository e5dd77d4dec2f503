using Microsoft.AspNetCore.Identity;

namespace AfterSales.Identity.Users;

/// <summary>A person who signs in: their name as colleagues know it, the technician they are (if any), and whether they may.</summary>
public sealed class AfterSalesUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The technician this user is; "own" records follow it, never a claim in a token.</summary>
    public Guid? TechnicianId { get; set; }

    /// <summary>A disabled user's refresh tokens are revoked and their requests refused.</summary>
    public bool Disabled { get; set; }

    /// <summary>PostgreSQL's <c>xmin</c>: the user's ETag, checked when an administrator changes the user .</summary>
    public uint Version { get; set; }
}
