using System.Data.Common;
using Dapper;

namespace AfterSales.Application.Common.Paging;

/// <summary>Numbered pages read by SQL: the page and the count of everything it is taken from, in one round trip.</summary>
public static class SqlPages
{
    /// <param name="columns">What a row reads, named as <typeparamref name="T"/>'s properties.</param>
    /// <param name="fromWhere">The rows counted and paged (<c>FROM … WHERE …</c>).</param>
    /// <param name="orderBy">A total order (<c>ORDER BY …</c>), so that pages neither repeat nor skip a row.</param>
    public static async Task<PagedList<T>> ReadPageAsync<T>(
        this DbConnection connection,
        string columns,
        string fromWhere,
        string orderBy,
        DynamicParameters parameters,
        IPagedQuery request,
        CancellationToken cancellationToken)
    {
        parameters.Add("page_skip", (request.Page - 1) * request.PageSize);
        parameters.Add("page_take", request.PageSize);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"SELECT count(*) {fromWhere};\nSELECT {columns} {fromWhere} {orderBy} OFFSET @page_skip LIMIT @page_take",
            parameters,
            cancellationToken: cancellationToken));
        var totalCount = await results.ReadSingleAsync<long>();
        var items = (await results.ReadAsync<T>()).AsList();
        return new PagedList<T>(items, request.Page, request.PageSize, checked((int)totalCount));
    }
}
