using System.Text.Json;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using Dapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Audit;

/// <summary>One command's changes as the audit trail shows them; <c>changes</c> lists everything the command changed.</summary>
public sealed record AuditEntryResponse(
    Guid Id,
    string Command,
    string? CorrelationId,
    string ChangedBy,
    DateTimeOffset ChangedAt,
    IReadOnlyList<AuditedChange> Changes);

/// <summary>X-1: the commands that changed one aggregate or part, newest first.</summary>
public sealed record ListAuditEntries(Guid? EntityId, int Page = 1, int PageSize = 20) : IQuery<PagedList<AuditEntryResponse>>, IPagedQuery;

public sealed class ListAuditEntriesValidator : PagedQueryValidator<ListAuditEntries>
{
    public ListAuditEntriesValidator() => RuleFor(query => query.EntityId).NotEmpty();
}

public sealed class ListAuditEntriesHandler(IReadDatabase reads) : IQueryHandler<ListAuditEntries, PagedList<AuditEntryResponse>>
{
    private static readonly JsonSerializerOptions ChangesFormat = new(JsonSerializerDefaults.Web);

    public async ValueTask<PagedList<AuditEntryResponse>> Handle(ListAuditEntries query, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        parameters.Add("entity_id", query.EntityId);
        var page = await reads.ReadAsync(
            connection => connection.ReadPageAsync<AuditRow>(
                "a.id AS Id, a.command AS Command, a.correlation_id AS CorrelationId, a.changed_by AS ChangedBy, a.changed_at AS ChangedAt, a.changes::text AS Changes",
                "FROM aftersales.audit_entries a WHERE a.entity_ids @> ARRAY[@entity_id]",
                "ORDER BY a.changed_at DESC, a.id DESC",
                parameters,
                query,
                cancellationToken),
            cancellationToken);
        return page.Map(row => new AuditEntryResponse(
            row.Id,
            row.Command,
            row.CorrelationId,
            row.ChangedBy,
            row.ChangedAt,
            JsonSerializer.Deserialize<List<AuditedChange>>(row.Changes, ChangesFormat)!));
    }

    private sealed record AuditRow
    {
        public Guid Id { get; init; }

        public required string Command { get; init; }

        public string? CorrelationId { get; init; }

        public required string ChangedBy { get; init; }

        public DateTimeOffset ChangedAt { get; init; }

        public required string Changes { get; init; }
    }
}
