using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Inquiries;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Inquiries.List;

/// <summary>
/// IQ-1: inquiries newest first, by status, received in [<see cref="From"/>, <see cref="To"/>), and whether the first
/// response was late (breached, or still missing past its deadline).
/// </summary>
public sealed record ListInquiries(
    InquiryStatus? Status,
    bool? LateFirstResponse,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int Page = 1,
    int PageSize = 20) : IQuery<PagedList<InquiryResponse>>, IPagedQuery;

public sealed class ListInquiriesValidator : PagedQueryValidator<ListInquiries>
{
    public ListInquiriesValidator()
    {
        RuleFor(query => query.Status).IsInEnum();
        RuleFor(query => query.To).GreaterThan(query => query.From).When(query => query.From is not null && query.To is not null)
            .WithMessage("'to' must be after 'from'.");
    }
}

public sealed class ListInquiriesHandler(IAfterSalesDbContext db, TimeProvider clock, IMapper mapper)
    : IQueryHandler<ListInquiries, PagedList<InquiryResponse>>
{
    public async ValueTask<PagedList<InquiryResponse>> Handle(ListInquiries query, CancellationToken cancellationToken)
    {
        var inquiries = db.Inquiries.AsNoTracking();
        if (query.Status is { } status)
        {
            inquiries = inquiries.Where(inquiry => inquiry.Status == status);
        }

        if (query.LateFirstResponse is { } late)
        {
            var now = clock.GetUtcNow();
            inquiries = inquiries.Where(late ? InquiryRules.FirstResponseLate(now) : InquiryRules.FirstResponseNotLate(now));
        }

        if (query.From is { } from)
        {
            inquiries = inquiries.Where(inquiry => inquiry.ReceivedAt >= from);
        }

        if (query.To is { } to)
        {
            inquiries = inquiries.Where(inquiry => inquiry.ReceivedAt < to);
        }

        var page = await inquiries
            .OrderByDescending(inquiry => inquiry.ReceivedAt)
            .ThenByDescending(inquiry => inquiry.Id)
            .ToPageAsync(query, cancellationToken);
        return page.Map(mapper.Map<InquiryResponse>);
    }
}
