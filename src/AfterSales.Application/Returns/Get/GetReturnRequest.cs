using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Returns;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Returns.Get;

public sealed record GetReturnRequest(Guid Id) : IQuery<ReturnRequestResponse>;

/// <summary>The request the customer quotes by its number, e.g. <c>RX-2026-000001</c> (any case).</summary>
public sealed record GetReturnRequestByNumber(string Number) : IQuery<ReturnRequestResponse>;

public sealed class GetReturnRequestByNumberValidator : AbstractValidator<GetReturnRequestByNumber>
{
    public GetReturnRequestByNumberValidator() => RuleFor(query => query.Number).NotEmpty().MaximumLength(30);
}

public sealed class GetReturnRequestHandlers(IAfterSalesDbContext db, IMapper mapper)
    : IQueryHandler<GetReturnRequest, ReturnRequestResponse>,
      IQueryHandler<GetReturnRequestByNumber, ReturnRequestResponse>
{
    public async ValueTask<ReturnRequestResponse> Handle(GetReturnRequest query, CancellationToken cancellationToken) =>
        mapper.Map<ReturnRequestResponse>(await db.ReturnRequests.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(ReturnRequest), query.Id));

    public async ValueTask<ReturnRequestResponse> Handle(GetReturnRequestByNumber query, CancellationToken cancellationToken)
    {
        var number = query.Number.Trim().ToUpperInvariant();
        return mapper.Map<ReturnRequestResponse>(await db.ReturnRequests.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Number == number, cancellationToken)
            ?? throw new NotFoundException(nameof(ReturnRequest), number));
    }
}
