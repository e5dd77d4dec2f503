using AfterSales.Application.Abstractions;
using AfterSales.Application.Files;
using AfterSales.Domain.Common;
using AfterSales.Domain.Files;
using AfterSales.Infrastructure.Persistence;
using Dapper;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AfterSales.Infrastructure.Files;

/// <summary>
/// X-6's default store: the bytes in PostgreSQL, so files need no other server and share its backups, durability and
/// restarts. Chunks are written with plain commands on the unit of work's connection and transaction, committed with
/// the upload's record; they stay out of the change tracker, whose audit row would otherwise carry them.
/// </summary>
internal sealed class PostgresFileStore(AfterSalesDbContext db, IReadDatabase reads) : IFileStore
{
    public Task AppendAsync(Guid uploadId, long offset, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken) =>
        db.Database.GetDbConnection().ExecuteAsync(InTransaction(
            // A racing duplicate of this chunk inserts nothing, and its upload's version check then refuses it.
            """
            INSERT INTO aftersales.file_upload_parts (upload_id, "offset", bytes) VALUES (@uploadId, @offset, @bytes)
            ON CONFLICT DO NOTHING
            """,
            new { uploadId, offset, bytes = bytes.ToArray() },
            cancellationToken));

    public Task<SealedFile> SealAsync(Guid uploadId, CancellationToken cancellationToken) =>
        db.Database.GetDbConnection().QuerySingleAsync<SealedFile>(InTransaction(
            // PostgreSQL joins and hashes the chunks itself: the file never crosses the network again.
            $"""
            WITH joined AS (
                SELECT string_agg(bytes, ''::bytea ORDER BY "offset") AS bytes FROM aftersales.file_upload_parts WHERE upload_id = @uploadId
            ), hashed AS (
                SELECT encode(sha256(bytes), 'hex') AS sha256, bytes FROM joined
            ), stored AS (
                INSERT INTO aftersales.file_contents (sha256, length, bytes) SELECT sha256, length(bytes), bytes FROM hashed
                ON CONFLICT (sha256) DO NOTHING
            ), dropped AS (
                DELETE FROM aftersales.file_upload_parts WHERE upload_id = @uploadId
            )
            SELECT sha256 AS Sha256, substring(bytes FROM 1 FOR {FileSignatures.HeadLength}) AS Head FROM hashed
            """,
            new { uploadId },
            cancellationToken));

    public async Task<byte[]> ReadAsync(string sha256, CancellationToken cancellationToken) =>
        await reads.ReadAsync(
            connection => connection.QuerySingleOrDefaultAsync<byte[]>(new CommandDefinition(
                "SELECT bytes FROM aftersales.file_contents WHERE sha256 = @sha256", new { sha256 }, cancellationToken: cancellationToken)),
            cancellationToken)
        ?? throw new NotFoundException("File", sha256);

    private CommandDefinition InTransaction(string sql, object parameters, CancellationToken cancellationToken) =>
        new(
            sql,
            parameters,
            db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Files are stored inside a unit of work's transaction."),
            cancellationToken: cancellationToken);
}
