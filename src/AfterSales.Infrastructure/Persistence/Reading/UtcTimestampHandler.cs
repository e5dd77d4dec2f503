using System.Data;
using Dapper;

namespace AfterSales.Infrastructure.Persistence.Reading;

/// <summary>
/// Npgsql reads a <c>timestamptz</c> as a UTC <see cref="DateTime"/>; the response records carry
/// <see cref="DateTimeOffset"/>, as EF Core gives them. Registered once at start-up.
/// </summary>
internal sealed class UtcTimestampHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public override DateTimeOffset Parse(object value) => value switch
    {
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        DateTimeOffset offset => offset,
        _ => throw new DataException($"A timestamp column held a {value.GetType().Name}."),
    };

    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value) => parameter.Value = value.ToUniversalTime();
}
