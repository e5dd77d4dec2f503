using AfterSales.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Users;

/// <summary>Users as the API shows them: the provider's record with the linked technician's employee number from the business records.</summary>
public sealed class UserResponses(IAfterSalesDbContext db)
{
    public async Task<UserResponse> ForAsync(UserAccount user, CancellationToken cancellationToken) =>
        (await ForAsync([user], cancellationToken))[0];

    public async Task<IReadOnlyList<UserResponse>> ForAsync(IReadOnlyList<UserAccount> users, CancellationToken cancellationToken)
    {
        var technicianIds = users.Select(user => user.TechnicianId).OfType<Guid>().Distinct().ToList();
        var employeeNumbers = technicianIds.Count == 0
            ? []
            : await db.Technicians.AsNoTracking()
                .Where(technician => technicianIds.Contains(technician.Id))
                .ToDictionaryAsync(technician => technician.Id, technician => technician.EmployeeNumber, cancellationToken);
        return
        [
            .. users.Select(user => new UserResponse(
                user.Id,
                user.UserName,
                user.DisplayName,
                user.Phone,
                user.Roles,
                user.TechnicianId,
                user.TechnicianId is { } technicianId ? employeeNumbers.GetValueOrDefault(technicianId) : null,
                user.Disabled,
                user.Version)),
        ];
    }
}
