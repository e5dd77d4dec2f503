using AfterSales.Application.Common.Paging;
using FluentValidation;

namespace AfterSales.Application.Common.Validation;

/// <summary>The paging rules every list shares; a list's validator adds its own filters.</summary>
public abstract class PagedQueryValidator<TQuery> : AbstractValidator<TQuery>
    where TQuery : IPagedQuery
{
    protected PagedQueryValidator()
    {
        RuleFor(query => query.Page).GreaterThanOrEqualTo(1);
        // Refused rather than quietly cut down, so a client asking for more never mistakes a short page for the end.
        RuleFor(query => query.PageSize).InclusiveBetween(1, IPagedQuery.MaxPageSize);
    }
}
