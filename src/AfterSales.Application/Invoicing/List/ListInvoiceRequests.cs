using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Invoicing;
using AfterSales.Domain.Scheduling;
using Dapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Invoicing.List;

/// <summary>
/// WO-12 (r2): Finance's invoice requests, oldest day of service first, with their age in working days;
/// <see cref="NotIssuedLate"/> = true lists those still not issued after their due day [S001 制度8 第五条, 第八条].
/// </summary>
public sealed record ListInvoiceRequests(InvoiceRequestStatus? Status, bool? NotIssuedLate, Guid? SourceId, int Page = 1, int PageSize = 20)
    : IQuery<PagedList<InvoiceRequestResponse>>, IPagedQuery;

public sealed class ListInvoiceRequestsValidator : PagedQueryValidator<ListInvoiceRequests>
{
    public ListInvoiceRequestsValidator()
    {
        RuleFor(query => query.Status).IsInEnum();
        RuleFor(query => query.SourceId).NotEqual(Guid.Empty);
    }
}

public sealed class ListInvoiceRequestsHandler(IReadDatabase reads, CompanyCalendar company, WorkingCalendar calendar)
    : IQueryHandler<ListInvoiceRequests, PagedList<InvoiceRequestResponse>>
{
    // Late is InvoiceRules.IsLate in SQL: still requested, and today is after the due day.
    private const string Columns = """
        r.id, r.number, r.source, r.source_id AS SourceId, r.source_number AS SourceNumber, r.customer_id AS CustomerId, r.amount,
        r.service_on AS ServiceOn, r.due_on AS DueOn, r.status, (r.status = 'Requested' AND r.due_on < @today::date) AS Late, 0 AS AgeWorkingDays,
        r.requested_at AS RequestedAt, r.invoice_number AS InvoiceNumber, r.issued_on AS IssuedOn, r.issued_by AS IssuedBy, r.issued_at AS IssuedAt,
        r.cancelled_at AS CancelledAt, r.cancel_reason AS CancelReason, r.xmin AS Version
        """;

    public async ValueTask<PagedList<InvoiceRequestResponse>> Handle(ListInvoiceRequests query, CancellationToken cancellationToken)
    {
        var today = company.Today;
        var parameters = new DynamicParameters(new { today = today.ToDateTime(TimeOnly.MinValue) });
        var fromWhere = "FROM aftersales.invoice_requests r WHERE true";
        if (query.Status is { } status)
        {
            fromWhere += " AND r.status = @status";
            parameters.Add("status", status.ToString());
        }

        if (query.NotIssuedLate is { } late)
        {
            fromWhere += late ? " AND r.status = 'Requested' AND r.due_on < @today::date" : " AND NOT (r.status = 'Requested' AND r.due_on < @today::date)";
        }

        if (query.SourceId is { } sourceId)
        {
            fromWhere += " AND r.source_id = @sourceId";
            parameters.Add("sourceId", sourceId);
        }

        var page = await reads.ReadAsync(
            connection => connection.ReadPageAsync<InvoiceRequestResponse>(
                Columns, fromWhere, "ORDER BY r.service_on, r.requested_at, r.id", parameters, query, cancellationToken),
            cancellationToken);

        // The working calendar is data the database does not hold in a form SQL can count with, so the age is counted here.
        return page.Map(request => request with { AgeWorkingDays = calendar.WorkingDaysBetween(request.ServiceOn, request.IssuedOn ?? today) });
    }
}
