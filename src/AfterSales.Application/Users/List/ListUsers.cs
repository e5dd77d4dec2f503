using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using Mediator;

namespace AfterSales.Application.Users.List;

public sealed record ListUsers(int Page = 1, int PageSize = 20) : IQuery<PagedList<UserResponse>>, IPagedQuery;

public sealed class ListUsersValidator : PagedQueryValidator<ListUsers>;

public sealed class ListUsersHandler(IUserAccounts accounts, UserResponses responses) : IQueryHandler<ListUsers, PagedList<UserResponse>>
{
    public async ValueTask<PagedList<UserResponse>> Handle(ListUsers query, CancellationToken cancellationToken)
    {
        var users = await accounts.ListAsync(query, cancellationToken);
        return new PagedList<UserResponse>(await responses.ForAsync(users.Items, cancellationToken), users.Page, users.PageSize, users.TotalCount);
    }
}
