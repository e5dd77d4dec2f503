using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Audit;

public sealed record AuditEntryResponse(
    Guid Id,
    string EntityType,
    Guid EntityId,
    Guid? PartId,
    string Action,
    string ChangedBy,
    DateTimeOffset ChangedAt,
    System.Text.Json.JsonElement Changes);

/// <summary>X-1: the history of one aggregate, newest first.</summary>
public sealed record ListAuditEntries(Guid? EntityId, int Page = 1, int PageSize = 20) : IQuery<PagedList<AuditEntryResponse>>, IPagedQuery;

public sealed class ListAuditEntriesValidator : PagedQueryValidator<ListAuditEntries>
{
    public ListAuditEntriesValidator() => RuleFor(query => query.EntityId).NotEmpty();
}

public sealed class ListAuditEntriesHandler(IAfterSalesDbContext db) : IQueryHandler<ListAuditEntries, PagedList<AuditEntryResponse>>
{
    public async ValueTask<PagedList<AuditEntryResponse>> Handle(ListAuditEntries query, CancellationToken cancellationToken)
    {
        var page = await db.AuditEntries
            .Where(entry => entry.EntityId == query.EntityId)
            .OrderByDescending(entry => entry.ChangedAt)
            .ThenByDescending(entry => entry.Id)
            .ToPageAsync(query, cancellationToken);

        return new PagedList<AuditEntryResponse>(
            [.. page.Items.Select(entry => new AuditEntryResponse(
                entry.Id,
                entry.EntityType,
                entry.EntityId,
                entry.PartId,
                entry.Action,
                entry.ChangedBy,
                entry.ChangedAt,
                System.Text.Json.JsonDocument.Parse(entry.Changes).RootElement.Clone()))],
            page.Page,
            page.PageSize,
            page.TotalCount);
    }
}
