using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AutoMapper;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Complaints.Get;

public sealed record GetComplaint(Guid Id) : IQuery<ComplaintResponse>;

public sealed class GetComplaintHandler(IAfterSalesDbContext db, ComplaintAccess access, IMapper mapper) : IQueryHandler<GetComplaint, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(GetComplaint query, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Complaint), query.Id);
        access.EnsureVisible(complaint);
        return mapper.Map<ComplaintResponse>(complaint);
    }
}
