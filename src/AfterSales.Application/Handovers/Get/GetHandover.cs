using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Handovers;
using AutoMapper;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Handovers.Get;

public sealed record GetHandover(Guid Id) : IQuery<HandoverChecklistResponse>;

public sealed class GetHandoverHandler(IAfterSalesDbContext db, HandoverAccess access, IMapper mapper) : IQueryHandler<GetHandover, HandoverChecklistResponse>
{
    public async ValueTask<HandoverChecklistResponse> Handle(GetHandover query, CancellationToken cancellationToken)
    {
        var checklist = await db.HandoverChecklists.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(HandoverChecklist), query.Id);
        access.EnsureVisible(checklist);
        return mapper.Map<HandoverChecklistResponse>(checklist);
    }
}
