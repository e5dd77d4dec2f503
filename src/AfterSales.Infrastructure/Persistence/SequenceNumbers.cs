using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// Readable numbers, <c>{prefix}-{year}-{6-digit sequence}</c>, from one PostgreSQL sequence per series, so concurrent
/// registrations never collide and a number is never reused (a rolled-back registration leaves a gap, which is harmless).
/// </summary>
internal abstract class SequenceNumbers(AfterSalesDbContext db, string prefix, string sequence)
{
    public async Task<string> NextAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var qualifiedSequence = $"{AfterSalesDbContext.Schema}.{sequence}";
        var next = await db.Database
            .SqlQuery<long>($"SELECT nextval({qualifiedSequence}::regclass) AS \"Value\"")
            .SingleAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{day.Year}-{next:D6}");
    }
}
