using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Complaints.Get;

public sealed record GetComplaint(Guid Id) : IQuery<ComplaintResponse>;

/// <summary>The complaint the customer quotes by its number, e.g. <c>CP-2026-000004</c> (any case).</summary>
public sealed record GetComplaintByNumber(string Number) : IQuery<ComplaintResponse>;

public sealed class GetComplaintByNumberValidator : AbstractValidator<GetComplaintByNumber>
{
    public GetComplaintByNumberValidator() => RuleFor(query => query.Number).NotEmpty().MaximumLength(30);
}

public sealed class GetComplaintHandlers(IAfterSalesDbContext db, ComplaintAccess access, IMapper mapper)
    : IQueryHandler<GetComplaint, ComplaintResponse>,
      IQueryHandler<GetComplaintByNumber, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(GetComplaint query, CancellationToken cancellationToken) =>
        Visible(await db.Complaints.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Complaint), query.Id));

    public async ValueTask<ComplaintResponse> Handle(GetComplaintByNumber query, CancellationToken cancellationToken)
    {
        var number = query.Number.Trim().ToUpperInvariant();
        return Visible(await db.Complaints.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Number == number, cancellationToken)
            ?? throw new NotFoundException(nameof(Complaint), number));
    }

    private ComplaintResponse Visible(Complaint complaint)
    {
        access.EnsureVisible(complaint);
        return mapper.Map<ComplaintResponse>(complaint);
    }
}
