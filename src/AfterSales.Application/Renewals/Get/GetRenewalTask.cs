using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Renewals;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Renewals.Get;

public sealed record GetRenewalTask(Guid Id) : IQuery<RenewalTaskResponse>;

public sealed class GetRenewalTaskHandler(IAfterSalesDbContext db, RenewalTaskAccess access, IMapper mapper) : IQueryHandler<GetRenewalTask, RenewalTaskResponse>
{
    public async ValueTask<RenewalTaskResponse> Handle(GetRenewalTask query, CancellationToken cancellationToken) =>
        await access.Visible(db.RenewalTasks.AsNoTracking())
            .Where(task => task.Id == query.Id)
            .ProjectTo<RenewalTaskResponse>(mapper.ConfigurationProvider)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(RenewalTask), query.Id);
}
