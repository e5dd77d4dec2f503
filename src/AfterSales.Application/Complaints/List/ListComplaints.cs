using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Complaints;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Complaints.List;

/// <summary>
/// Complaints newest first, by status, technician (accused or responsible), category, and whether an appeal's
/// decision is overdue (CP-8); technicians see only their own.
/// </summary>
public sealed record ListComplaints(
    ComplaintStatus? Status,
    Guid? TechnicianId,
    ComplaintCategory? Category,
    bool? AppealDecisionOverdue,
    int Page = 1,
    int PageSize = 20) : IQuery<PagedList<ComplaintResponse>>, IPagedQuery;

public sealed class ListComplaintsValidator : PagedQueryValidator<ListComplaints>
{
    public ListComplaintsValidator()
    {
        RuleFor(query => query.Status).IsInEnum();
        RuleFor(query => query.Category).IsInEnum();
    }
}

/// <summary>
/// Rows are whole complaints read without tracking and mapped in memory: the effective penalty and an appeal's
/// overdue flag are the domain's to compute (and the latter depends on today), so the database is not asked to.
/// </summary>
public sealed class ListComplaintsHandler(IAfterSalesDbContext db, ComplaintAccess access, CompanyCalendar calendar, IMapper mapper)
    : IQueryHandler<ListComplaints, PagedList<ComplaintResponse>>
{
    public async ValueTask<PagedList<ComplaintResponse>> Handle(ListComplaints query, CancellationToken cancellationToken)
    {
        var complaints = access.Visible(db.Complaints.AsNoTracking());
        if (query.Status is { } status)
        {
            complaints = complaints.Where(complaint => complaint.Status == status);
        }

        if (query.TechnicianId is { } technicianId)
        {
            complaints = complaints.Where(complaint => complaint.TechnicianId == technicianId || complaint.ResponsibleTechnicianId == technicianId);
        }

        if (query.Category is { } category)
        {
            complaints = complaints.Where(complaint => complaint.Category == category);
        }

        if (query.AppealDecisionOverdue is { } overdue)
        {
            var today = calendar.Today;
            complaints = complaints.Where(overdue ? ComplaintRules.AppealDecisionOverdueOn(today) : ComplaintRules.NoAppealDecisionOverdueOn(today));
        }

        var page = await complaints
            .OrderByDescending(complaint => complaint.RegisteredAt)
            .ThenByDescending(complaint => complaint.Id)
            .ToPageAsync(query, cancellationToken);
        return page.Map(mapper.Map<ComplaintResponse>);
    }
}
