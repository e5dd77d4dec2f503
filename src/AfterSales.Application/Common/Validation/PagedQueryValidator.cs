using AfterSales.Application.Common.Paging;
using FluentValidation;

namespace AfterSales.Application.Common.Validation;

/// <summary>The paging rules every list shares; a list's validator adds its own filters.</summary>
public abstract class PagedQueryValidator<TQuery> : AbstractValidator<TQuery>
    where TQuery : IPagedQuery
{
    protected PagedQueryValidator()
    {
        // The rows skipped, (page - 1) × page size, must fit in an int; no list comes near that many rows.
        RuleFor(query => query.Page).InclusiveBetween(1, int.MaxValue / IPagedQuery.MaxPageSize);
        // Refused rather than quietly cut down, so a client asking for more never mistakes a short page for the end.
        RuleFor(query => query.PageSize).InclusiveBetween(1, IPagedQuery.MaxPageSize);
    }
}
