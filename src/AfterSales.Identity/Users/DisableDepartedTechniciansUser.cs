using AfterSales.Application.Abstractions;
using AfterSales.Application.Users;
using AfterSales.Domain.Technicians;

namespace AfterSales.Identity.Users;

/// <summary>
/// HC-5 r2, X-5: a technician who departs through a completed handover (not a transfer) can no longer sign in. Their user
/// is disabled and their tokens revoked inside the completion's own transaction, so the two commit together or not at
/// all. It lives with the built-in provider because with another one (<c>Auth:Authority</c>) the users are that
/// provider's to disable.
/// </summary>
internal sealed class DisableDepartedTechniciansUser(IUserAccounts accounts) : IDomainEventHandler<TechnicianStatusChanged>
{
    public async Task HandleAsync(TechnicianStatusChanged domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.To == TechnicianStatus.Departed && await accounts.FindLinkedToAsync(domainEvent.TechnicianId, cancellationToken) is { } user)
        {
            await accounts.DisableAsync(user, cancellationToken);
        }
    }
}
