using System.Net.Http.Headers;
using AfterSales.Domain.Common;

namespace AfterSales.Api.Http;

/// <summary>X-6: a chunk's place in its file, from <c>Content-Range: bytes a-b/length</c>, and its bytes.</summary>
internal sealed record ChunkRange(long First, long Last, long Total)
{
    private const string Header = "Content-Range";

    public static ChunkRange Parse(string header) =>
        ContentRangeHeaderValue.TryParse(header, out var range) && range is { Unit: "bytes", From: { } first, To: { } last, Length: { } total }
            ? new ChunkRange(first, last, total)
            : throw new InvalidInputException(Header, "Content-Range is 'bytes a-b/length': the chunk's first and last byte (from 0) and the file's length.");

    /// <summary>The body, which must have exactly the range's bytes; its size is bounded by the chunk limit (<see cref="ChunkBody"/>).</summary>
    public static async Task<byte[]> ReadAsync(Stream body, ChunkRange range, long? contentLength, CancellationToken cancellationToken)
    {
        var expected = range.Last - range.First + 1;
        if (contentLength is { } declared && declared != expected)
        {
            throw new InvalidInputException("body", $"Content-Range announces {expected} bytes; the body has {declared}.");
        }

        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, cancellationToken);
        return buffer.Length == expected
            ? buffer.ToArray()
            : throw new InvalidInputException("body", $"Content-Range announces {expected} bytes; the body has {buffer.Length}.");
    }
}

/// <summary>Marks the one operation whose body may exceed the global limit, up to <c>Files:MaxChunkBytes</c>.</summary>
internal sealed class ChunkBody;
