using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// Makes automatic statement preparation safe. In Npgsql 10.0.3, when the execution that prepares a statement is
/// refused by PostgreSQL while binding its parameters (a NUL character, a value too long for its column, a number out
/// of range), the statement stays marked as prepared but without its row description (npgsql/npgsql#6391). Every
/// later run of that SQL on the same physical connection then reads the wrong protocol messages: a 500, or rows
/// silently missing. So a connection that saw a PostgreSQL error forgets its prepared statements before it goes back
/// to the pool; they are prepared again after a few uses. Errors are rare, so this costs nothing on the hot path.
/// </summary>
internal sealed partial class PreparedStatementReset(ILogger<PreparedStatementReset> logger)
    : DbCommandInterceptor, ISaveChangesInterceptor, IDbConnectionInterceptor
{
    private readonly ConditionalWeakTable<DbConnection, object> failed = [];

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Remember(command.Connection, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Remember(command.Connection, eventData.Exception);
        return Task.CompletedTask;
    }

    // A batched save reads each statement's result in turn; a refused statement after the first surfaces here, not above.
    public void SaveChangesFailed(DbContextErrorEventData eventData) => Remember(eventData.Context?.Database.GetDbConnection(), eventData.Exception);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    // Closing happens after the transaction has been rolled back, when the connection accepts commands again.
    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Reset(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Reset(connection);
        return ValueTask.FromResult(result);
    }

    private void Remember(DbConnection? connection, Exception exception)
    {
        if (connection is not null && exception.GetBaseException() is PostgresException)
        {
            failed.AddOrUpdate(connection, connection);
        }
    }

    private void Reset(DbConnection connection)
    {
        if (failed.Remove(connection) && connection is NpgsqlConnection npgsql)
        {
            Forget(npgsql);
        }
    }

    /// <summary>
    /// Makes an open connection on which PostgreSQL refused a command forget its prepared statements (the read side calls
    /// it too). A connection the server ended is broken, not open, and the pool discards it anyway.
    /// </summary>
    internal void Forget(NpgsqlConnection npgsql)
    {
        if (npgsql.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            npgsql.UnprepareAll();
        }
        catch (NpgsqlException exception)
        {
            // The statements could not be forgotten (the connection is in a failed transaction, or broken): make the pool
            // discard its connections instead, this one included, rather than hand it to the next request.
            LogResetFailed(logger, exception.GetType().Name);
            NpgsqlConnection.ClearPool(npgsql);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not forget the prepared statements of a connection after a database error ({ExceptionType}); clearing its pool")]
    private static partial void LogResetFailed(ILogger logger, string exceptionType);
}
