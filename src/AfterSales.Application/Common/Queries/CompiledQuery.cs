using System.Linq.Expressions;
using System.Reflection;
using AfterSales.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Common.Queries;

/// <summary>
/// A query EF Core translates once instead of on every call. An ordinary LINQ query is hashed and looked up in
/// EF Core's query cache each time it runs; for an aggregate loaded with its parts that cost a quarter of a read's
/// CPU. Worth it only on hot paths: the expression is fixed, so it cannot be composed further; a filter shared by
/// several compiled queries (a page and its count) is written once and finished with <see cref="Then"/>.
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

    /// <summary>
    /// A compiled query of rows (a page of a list), streamed. Its parameters are one object; see <see cref="Flattened{TDelegate}"/>.
    /// </summary>
    public static Func<IAfterSalesDbContext, TParameters, IAsyncEnumerable<TResult>> Rows<TParameters, TResult>(
        Expression<Func<DbContext, TParameters, IQueryable<TResult>>> query) =>
        Flattened<Func<IAfterSalesDbContext, TParameters, IAsyncEnumerable<TResult>>>(
            query, withCancellation: false, returns => returns.IsGenericType && returns.GetGenericTypeDefinition() == typeof(IQueryable<>));

    /// <summary>A compiled query of one value (a count). Its parameters are one object; see <see cref="Flattened{TDelegate}"/>.</summary>
    public static Func<IAfterSalesDbContext, TParameters, CancellationToken, Task<TResult>> Value<TParameters, TResult>(
        Expression<Func<DbContext, TParameters, TResult>> query) =>
        Flattened<Func<IAfterSalesDbContext, TParameters, CancellationToken, Task<TResult>>>(
            query, withCancellation: true, returns => returns.IsGenericParameter);

    /// <summary>
    /// EF Core binds a compiled query's parameters only when they are plain values; it cannot translate
    /// <c>filter.Status</c>. So a query written over one parameters object is compiled with each member of that object
    /// it reads as a parameter of its own, and called through a delegate that reads those members.
    /// </summary>
    private static TDelegate Flattened<TDelegate>(LambdaExpression query, bool withCancellation, Func<Type, bool> isResultShape)
        where TDelegate : Delegate
    {
        var flattening = new Flattening(query.Parameters[1]);
        var body = flattening.Visit(query.Body);
        var values = flattening.Members.Select(member => flattening.ValueOf(member)).ToList();
        var cancellationToken = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
        // EF Core takes the cancellation token as the query's last parameter.
        List<ParameterExpression> flatParameters = [query.Parameters[0], .. values, .. withCancellation ? [cancellationToken] : Array.Empty<ParameterExpression>()];
        var flat = Expression.Lambda(Expression.GetFuncType([.. flatParameters.Select(parameter => parameter.Type), body.Type]), body, flatParameters);
        var compile = typeof(EF).GetMethods()
            .Where(method => method.Name == nameof(EF.CompileAsyncQuery) && method.GetGenericArguments().Length == values.Count + 2)
            .Single(method =>
            {
                var lambdaArguments = method.GetParameters()[0].ParameterType.GetGenericArguments()[0].GetGenericArguments();
                return isResultShape(lambdaArguments[^1]) && (lambdaArguments[^2] == typeof(CancellationToken)) == withCancellation;
            })
            .MakeGenericMethod([typeof(DbContext), .. values.Select(value => value.Type), ResultType(body.Type)]);
        var compiled = (Delegate)compile.Invoke(null, [flat])!;

        var db = Expression.Parameter(typeof(IAfterSalesDbContext), "db");
        var parameters = Expression.Parameter(query.Parameters[1].Type, "parameters");
        List<Expression> arguments = [Expression.Convert(db, typeof(DbContext)), .. flattening.Members.Select(member => Expression.MakeMemberAccess(parameters, member))];
        List<ParameterExpression> callerParameters = [db, parameters];
        if (withCancellation)
        {
            arguments.Add(cancellationToken);
            callerParameters.Add(cancellationToken);
        }

        return Expression.Lambda<TDelegate>(Expression.Invoke(Expression.Constant(compiled), arguments), callerParameters).Compile();
    }

    /// <summary>
    /// Finishes a query written once (its filter) in a given way (a page, a count), so that several compiled queries
    /// share one filter: <paramref name="finish"/>'s source becomes <paramref name="source"/>'s body.
    /// </summary>
    public static Expression<Func<DbContext, TParameters, TResult>> Then<TParameters, TSource, TResult>(
        this Expression<Func<DbContext, TParameters, IQueryable<TSource>>> source,
        Expression<Func<IQueryable<TSource>, TParameters, TResult>> finish)
    {
        var body = new Substitution(finish.Parameters[0], source.Body, finish.Parameters[1], source.Parameters[1]).Visit(finish.Body);
        return Expression.Lambda<Func<DbContext, TParameters, TResult>>(body, source.Parameters);
    }

    private static Type ResultType(Type bodyType) =>
        bodyType.IsGenericType && bodyType.GetGenericTypeDefinition() == typeof(IQueryable<>) ? bodyType.GetGenericArguments()[0] : bodyType;

    private sealed class Substitution(ParameterExpression query, Expression queryBody, ParameterExpression parameters, ParameterExpression sourceParameters)
        : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == query ? queryBody : node == parameters ? sourceParameters : node;
    }

    /// <summary>Replaces each <c>parameters.Member</c> with a parameter of its own, once per member.</summary>
    private sealed class Flattening(ParameterExpression parameters) : ExpressionVisitor
    {
        private readonly Dictionary<MemberInfo, ParameterExpression> values = [];

        /// <summary>The members read, in the order their parameters are declared.</summary>
        public List<MemberInfo> Members { get; } = [];

        public ParameterExpression ValueOf(MemberInfo member) => values[member];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression != parameters)
            {
                return base.VisitMember(node);
            }

            if (!values.TryGetValue(node.Member, out var value))
            {
                value = Expression.Parameter(node.Type, node.Member.Name);
                values.Add(node.Member, value);
                Members.Add(node.Member);
            }

            return value;
        }

        protected override Expression VisitParameter(ParameterExpression node) =>
            node == parameters ? throw new NotSupportedException("A compiled query may read its parameters object's members only.") : node;
    }
}
