using System.Linq.Expressions;
using AfterSales.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Common.Queries;

/// <summary>
/// A query EF Core translates once instead of on every call. An ordinary LINQ query is hashed and looked up in
/// EF Core's query cache each time it runs; for an aggregate loaded with its parts that cost a quarter of a read's
/// CPU. Worth it only on hot paths whose query is fixed: a compiled query cannot be composed further.
/// </summary>
public static class CompiledQuery
{
    public static Func<IAfterSalesDbContext, TParameter, CancellationToken, Task<TResult>> Of<TParameter, TResult>(
        Expression<Func<DbContext, TParameter, CancellationToken, TResult>> query)
    {
        var compiled = EF.CompileAsyncQuery(query);
        // The unit of work is EF Core's context behind its interface; the compiled delegate needs the context itself.
        return (db, parameter, cancellationToken) => compiled((DbContext)db, parameter, cancellationToken);
    }
}
