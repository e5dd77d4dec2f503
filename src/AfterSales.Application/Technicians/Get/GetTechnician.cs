using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Technicians;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Technicians.Get;

public sealed record GetTechnician(Guid Id) : IQuery<TechnicianResponse>;

public sealed class GetTechnicianHandler(IAfterSalesDbContext db, IMapper mapper) : IQueryHandler<GetTechnician, TechnicianResponse>
{
    public async ValueTask<TechnicianResponse> Handle(GetTechnician query, CancellationToken cancellationToken) =>
        await db.Technicians.AsNoTracking()
            .Where(technician => technician.Id == query.Id)
            .ProjectTo<TechnicianResponse>(mapper.ConfigurationProvider)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Technician), query.Id);
}
