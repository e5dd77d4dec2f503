using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.PartsReplacements;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.PartsReplacements.Get;

public sealed record GetPartsReplacement(Guid Id) : IQuery<PartsReplacementResponse>;

/// <summary>The request the customer quotes by its number, e.g. <c>PS-2026-000001</c> (any case).</summary>
public sealed record GetPartsReplacementByNumber(string Number) : IQuery<PartsReplacementResponse>;

public sealed class GetPartsReplacementByNumberValidator : AbstractValidator<GetPartsReplacementByNumber>
{
    public GetPartsReplacementByNumberValidator() => RuleFor(query => query.Number).NotEmpty().MaximumLength(30);
}

public sealed class GetPartsReplacementHandlers(IAfterSalesDbContext db, IMapper mapper)
    : IQueryHandler<GetPartsReplacement, PartsReplacementResponse>,
      IQueryHandler<GetPartsReplacementByNumber, PartsReplacementResponse>
{
    public async ValueTask<PartsReplacementResponse> Handle(GetPartsReplacement query, CancellationToken cancellationToken) =>
        mapper.Map<PartsReplacementResponse>(await db.PartsReplacementRequests.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(PartsReplacementRequest), query.Id));

    public async ValueTask<PartsReplacementResponse> Handle(GetPartsReplacementByNumber query, CancellationToken cancellationToken)
    {
        var number = query.Number.Trim().ToUpperInvariant();
        return mapper.Map<PartsReplacementResponse>(await db.PartsReplacementRequests.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Number == number, cancellationToken)
            ?? throw new NotFoundException(nameof(PartsReplacementRequest), number));
    }
}
