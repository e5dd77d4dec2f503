using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Customers;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Customers.List;

/// <summary>Customers by zone and by a piece of their name or phone number.</summary>
public sealed record ListCustomers(string? Search, Zone? Zone, int Page = 1, int PageSize = 20)
    : IQuery<PagedList<CustomerResponse>>, IPagedQuery;

public sealed class ListCustomersValidator : PagedQueryValidator<ListCustomers>
{
    public ListCustomersValidator()
    {
        RuleFor(query => query.Search).MaximumLength(100);
        RuleFor(query => query.Zone).IsInEnum();
    }
}

public sealed class ListCustomersHandler(IAfterSalesDbContext db, IMapper mapper)
    : IQueryHandler<ListCustomers, PagedList<CustomerResponse>>
{
    public async ValueTask<PagedList<CustomerResponse>> Handle(ListCustomers query, CancellationToken cancellationToken)
    {
        var customers = db.Customers.AsNoTracking();
        if (query.Zone is { } zone)
        {
            customers = customers.Where(customer => customer.Zone == zone);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL lower(); culture overloads do not translate.
            customers = customers.Where(customer => customer.Name.ToLower().Contains(term) || customer.Phone.Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return await customers
            .OrderBy(customer => customer.Name)
            .ThenBy(customer => customer.Id)
            .ProjectTo<CustomerResponse>(mapper.ConfigurationProvider)
            .ToPageAsync(query, cancellationToken);
    }
}
