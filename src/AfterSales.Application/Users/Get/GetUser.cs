using AfterSales.Domain.Common;
using Mediator;

namespace AfterSales.Application.Users.Get;

public sealed record GetUser(Guid UserId) : IQuery<UserResponse>;

public sealed class GetUserHandler(IUserAccounts accounts, UserResponses responses) : IQueryHandler<GetUser, UserResponse>
{
    public async ValueTask<UserResponse> Handle(GetUser query, CancellationToken cancellationToken)
    {
        var user = await accounts.FindAsync(query.UserId, cancellationToken) ?? throw new NotFoundException("User", query.UserId);
        return await responses.ForAsync(user, cancellationToken);
    }
}
