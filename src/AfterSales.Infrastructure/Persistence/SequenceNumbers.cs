using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// Readable numbers, <c>{prefix}-{year}-{6-digit sequence}</c>, from one PostgreSQL sequence per series, so concurrent
/// registrations never collide and a number is never reused (a rolled-back registration leaves a gap, which is harmless).
/// </summary>
internal abstract class SequenceNumbers(AfterSalesDbContext db, string prefix, string sequence)
{
    private readonly string nextValue = $"SELECT nextval('{AfterSalesDbContext.Schema}.{sequence}')";

    public async Task<string> NextAsync(DateOnly day, CancellationToken cancellationToken)
    {
        // A plain command on the unit of work's connection and transaction: going through EF Core's query pipeline
        // for one scalar cost more CPU than the rest of a registration's reads.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = nextValue;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var next = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{day.Year}-{next:D6}");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
