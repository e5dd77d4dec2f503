using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.SalesLeads;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.SalesLeads.Get;

public sealed record GetSalesLead(Guid Id) : IQuery<SalesLeadResponse>;

public sealed class GetSalesLeadHandler(IAfterSalesDbContext db, IMapper mapper) : IQueryHandler<GetSalesLead, SalesLeadResponse>
{
    public async ValueTask<SalesLeadResponse> Handle(GetSalesLead query, CancellationToken cancellationToken) =>
        await db.SalesLeads.AsNoTracking()
            .Where(lead => lead.Id == query.Id)
            .ProjectTo<SalesLeadResponse>(mapper.ConfigurationProvider)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(SalesLead), query.Id);
}
