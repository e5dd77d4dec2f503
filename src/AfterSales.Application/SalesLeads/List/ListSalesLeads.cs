using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.SalesLeads;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.SalesLeads.List;

/// <summary>WO-15: leads for sales, newest first, by status and customer.</summary>
public sealed record ListSalesLeads(SalesLeadStatus? Status, Guid? CustomerId, int Page = 1, int PageSize = 20)
    : IQuery<PagedList<SalesLeadSummary>>, IPagedQuery;

public sealed class ListSalesLeadsValidator : PagedQueryValidator<ListSalesLeads>
{
    public ListSalesLeadsValidator() => RuleFor(query => query.Status).IsInEnum();
}

public sealed class ListSalesLeadsHandler(IAfterSalesDbContext db) : IQueryHandler<ListSalesLeads, PagedList<SalesLeadSummary>>
{
    public async ValueTask<PagedList<SalesLeadSummary>> Handle(ListSalesLeads query, CancellationToken cancellationToken)
    {
        var leads = db.SalesLeads.AsNoTracking();
        if (query.Status is { } status)
        {
            leads = leads.Where(lead => lead.Status == status);
        }

        if (query.CustomerId is { } customerId)
        {
            leads = leads.Where(lead => lead.CustomerId == customerId);
        }

        return await leads
            .OrderByDescending(lead => lead.RecordedAt)
            .ThenByDescending(lead => lead.Id)
            .Join(
                db.Customers,
                lead => lead.CustomerId,
                customer => customer.Id,
                (lead, customer) => new SalesLeadSummary(
                    lead.Id,
                    lead.Status,
                    customer.Id,
                    customer.Name,
                    customer.Phone,
                    lead.Model,
                    lead.Note,
                    lead.TechnicianId,
                    lead.WorkOrderId,
                    lead.RecordedBy,
                    lead.RecordedAt))
            .ToPageAsync(query, cancellationToken);
    }
}
