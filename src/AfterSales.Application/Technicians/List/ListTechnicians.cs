using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Technicians;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Technicians.List;

public sealed record ListTechnicians(TechnicianStatus? Status, string? Team, int Page = 1, int PageSize = 20)
    : IQuery<PagedList<TechnicianResponse>>, IPagedQuery;

public sealed class ListTechniciansValidator : PagedQueryValidator<ListTechnicians>
{
    public ListTechniciansValidator()
    {
        RuleFor(query => query.Status).IsInEnum();
        RuleFor(query => query.Team).MaximumLength(50);
    }
}

public sealed class ListTechniciansHandler(IAfterSalesDbContext db, IMapper mapper)
    : IQueryHandler<ListTechnicians, PagedList<TechnicianResponse>>
{
    public async ValueTask<PagedList<TechnicianResponse>> Handle(ListTechnicians query, CancellationToken cancellationToken)
    {
        var technicians = db.Technicians.AsNoTracking();
        if (query.Status is { } status)
        {
            technicians = technicians.Where(technician => technician.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Team))
        {
            technicians = technicians.Where(technician => technician.Team == query.Team);
        }

        return await technicians
            .OrderBy(technician => technician.EmployeeNumber)
            .ProjectTo<TechnicianResponse>(mapper.ConfigurationProvider)
            .ToPageAsync(query, cancellationToken);
    }
}
