using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Common.Paging;

/// <summary>A list request: 1-based page, page size at most <see cref="MaxPageSize"/> (X-4; larger ones are refused).</summary>
public interface IPagedQuery
{
    const int MaxPageSize = 100;

    int Page { get; }

    int PageSize { get; }
}

/// <summary>
/// The list shape of API.md: a numbered page with the total count, or a cursor page (no count, which would
/// cost a scan of every match) with the cursor of the next one.
/// </summary>
public sealed record PagedList<T>(
    IReadOnlyList<T> Items,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Page,
    int PageSize,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? TotalCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NextCursor = null)
{
    /// <summary>The same page with every item converted, for rows finished in memory (fields that depend on today, say).</summary>
    public PagedList<TResult> Map<TResult>(Func<T, TResult> convert) => new([.. Items.Select(convert)], Page, PageSize, TotalCount, NextCursor);
}

public static class PagingExtensions
{
    public static async Task<PagedList<T>> ToPageAsync<T>(this IQueryable<T> ordered, IPagedQuery request, CancellationToken cancellationToken)
    {
        var totalCount = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, request.Page, request.PageSize, totalCount);
    }
}
