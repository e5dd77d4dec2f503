using Npgsql;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>Failures that mean the database is unavailable for now, not that the request was wrong.</summary>
public static class DatabaseFailures
{
    /// <summary>
    /// A transient failure, or the server ending the session: a shutdown, a crash, a server still starting. PostgreSQL
    /// sends the last on a connection the pool still holds, which a fresh connection (to a restarted server, or past a
    /// stopped standby to the primary) does not meet.
    /// </summary>
    public static bool LostTheServer(Exception exception) =>
        exception is TimeoutException or NpgsqlException { IsTransient: true }
            or PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow };
}
