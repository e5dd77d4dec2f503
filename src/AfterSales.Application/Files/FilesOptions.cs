using System.ComponentModel.DataAnnotations;

namespace AfterSales.Application.Files;

/// <summary>[Files] — X-6's limits.</summary>
public sealed class FilesOptions
{
    public const string Section = "Files";

    /// <summary>X-6: the largest file, 20 MB (MiB).</summary>
    [Range(1, 1L << 30)]
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>
    /// The largest chunk one <c>PUT</c> may carry: the only request bodies allowed past the 1 MiB limit. Small enough for a
    /// phone on a poor network to finish one between drops, large enough that a 20 MB file takes few round trips.
    /// </summary>
    [Range(1, 64L * 1024 * 1024)]
    public long MaxChunkBytes { get; set; } = 4L * 1024 * 1024;
}
