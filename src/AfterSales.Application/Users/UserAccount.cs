namespace AfterSales.Application.Users;

/// <summary>A user as the sign-in provider keeps it; <see cref="Version"/> is the row's version, checked when it is changed .</summary>
public sealed record UserAccount(
    Guid Id,
    string UserName,
    string DisplayName,
    string? Phone,
    IReadOnlyList<string> Roles,
    Guid? TechnicianId,
    bool Disabled,
    uint Version);
