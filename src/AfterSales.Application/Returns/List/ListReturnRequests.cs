using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Returns;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Returns.List;

/// <summary>RX-2: return and exchange requests newest first, by status, kind and customer.</summary>
public sealed record ListReturnRequests(
    ReturnStatus? Status,
    ReturnKind? Kind,
    Guid? CustomerId,
    int Page = 1,
    int PageSize = 20) : IQuery<PagedList<ReturnRequestResponse>>, IPagedQuery;

public sealed class ListReturnRequestsValidator : PagedQueryValidator<ListReturnRequests>
{
    public ListReturnRequestsValidator()
    {
        RuleFor(query => query.Status).IsInEnum();
        RuleFor(query => query.Kind).IsInEnum();
    }
}

public sealed class ListReturnRequestsHandler(IAfterSalesDbContext db, IMapper mapper)
    : IQueryHandler<ListReturnRequests, PagedList<ReturnRequestResponse>>
{
    public async ValueTask<PagedList<ReturnRequestResponse>> Handle(ListReturnRequests query, CancellationToken cancellationToken)
    {
        var requests = db.ReturnRequests.AsNoTracking();
        if (query.Status is { } status)
        {
            requests = requests.Where(request => request.Status == status);
        }

        if (query.Kind is { } kind)
        {
            requests = requests.Where(request => request.Kind == kind);
        }

        if (query.CustomerId is { } customerId)
        {
            requests = requests.Where(request => request.CustomerId == customerId);
        }

        var page = await requests
            .OrderByDescending(request => request.RegisteredAt)
            .ThenByDescending(request => request.Id)
            .ToPageAsync(query, cancellationToken);
        return page.Map(mapper.Map<ReturnRequestResponse>);
    }
}
