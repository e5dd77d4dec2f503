namespace AfterSales.Domain.Files;

/// <summary>
/// a file's type is what its first bytes say, never its name or the type the client declared. The five types the
/// rule allows, each by the signature its format specification puts at the start of the file.
/// </summary>
public static class FileSignatures
{
    /// <summary>Enough of the file's start to tell every allowed type apart (HEIC's brand ends at byte 12).</summary>
    public const int HeadLength = 16;

    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Heic = "image/heic";
    public const string WebP = "image/webp";
    public const string Pdf = "application/pdf";

    private static readonly byte[] JpegStart = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngStart = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PdfStart = "%PDF-"u8.ToArray();

    /// <summary>The ISO base media brands of HEIF images (HEVC-coded "heic"/"heix", image sequences "hevc"/"hevx", and the generic "mif1"/"msf1").</summary>
    private static readonly string[] HeifBrands = ["heic", "heix", "hevc", "hevx", "mif1", "msf1"];

    /// <summary>The media type <paramref name="head"/> (the file's first bytes) shows, or null when it is none of the allowed ones.</summary>
    public static string? MediaTypeOf(ReadOnlySpan<byte> head) =>
        head.StartsWith(JpegStart) ? Jpeg
        : head.StartsWith(PngStart) ? Png
        : head.StartsWith(PdfStart) ? Pdf
        : IsWebP(head) ? WebP
        : IsHeif(head) ? Heic
        : null;

    public static bool IsImage(string mediaType) => mediaType.StartsWith("image/", StringComparison.Ordinal);

    /// <summary>A RIFF container (bytes 0-3) whose form type (bytes 8-11) is WEBP.</summary>
    private static bool IsWebP(ReadOnlySpan<byte> head) =>
        head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8);

    /// <summary>An ISO base media file: a leading <c>ftyp</c> box (bytes 4-7) whose major brand (bytes 8-11) is a HEIF one.</summary>
    private static bool IsHeif(ReadOnlySpan<byte> head) =>
        head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8)
        && HeifBrands.Contains(System.Text.Encoding.ASCII.GetString(head[8..12]));
}
