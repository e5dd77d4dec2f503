using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Users.Status;

/// <summary>A disabled user may sign in again, unless they are a technician who has departed .</summary>
public sealed record EnableUser : ICommand<UserResponse>
{
    [JsonIgnore]
    public Guid UserId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class EnableUserHandler(IUserAccounts accounts, IAfterSalesDbContext db, UserResponses responses) : ICommandHandler<EnableUser, UserResponse>
{
    public async ValueTask<UserResponse> Handle(EnableUser command, CancellationToken cancellationToken)
    {
        var user = await accounts.LoadForChangeAsync(command.UserId, command.ExpectedVersion, cancellationToken);
        var technician = user.TechnicianId is { } technicianId
            ? await db.Technicians.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == technicianId, cancellationToken)
            : null;
        UserLinks.EnsureMayBeEnabled(user.UserName, technician);
        var enabled = await accounts.EnableAsync(user, cancellationToken);
        return await responses.ForAsync(enabled, cancellationToken);
    }
}
