using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Inquiries;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Inquiries.Get;

public sealed record GetInquiry(Guid Id) : IQuery<InquiryResponse>;

/// <summary>The inquiry the caller quotes by its number, e.g. <c>IQ-2026-000001</c> (any case).</summary>
public sealed record GetInquiryByNumber(string Number) : IQuery<InquiryResponse>;

public sealed class GetInquiryByNumberValidator : AbstractValidator<GetInquiryByNumber>
{
    public GetInquiryByNumberValidator() => RuleFor(query => query.Number).NotEmpty().MaximumLength(30);
}

public sealed class GetInquiryHandlers(IAfterSalesDbContext db, IMapper mapper)
    : IQueryHandler<GetInquiry, InquiryResponse>,
      IQueryHandler<GetInquiryByNumber, InquiryResponse>
{
    public async ValueTask<InquiryResponse> Handle(GetInquiry query, CancellationToken cancellationToken) =>
        mapper.Map<InquiryResponse>(await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Inquiry), query.Id));

    public async ValueTask<InquiryResponse> Handle(GetInquiryByNumber query, CancellationToken cancellationToken)
    {
        var number = query.Number.Trim().ToUpperInvariant();
        return mapper.Map<InquiryResponse>(await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Number == number, cancellationToken)
            ?? throw new NotFoundException(nameof(Inquiry), number));
    }
}
