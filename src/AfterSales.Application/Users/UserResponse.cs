using AfterSales.Application.Common.Concurrency;

namespace AfterSales.Application.Users;

/// <summary>A user people sign in as: their roles, the technician they are (by id and employee number), and whether they may sign in.</summary>
public sealed record UserResponse(
    Guid Id,
    string UserName,
    string DisplayName,
    string? Phone,
    IReadOnlyList<string> Roles,
    Guid? TechnicianId,
    string? EmployeeNumber,
    bool Disabled,
    uint Version) : IVersionedResource;
