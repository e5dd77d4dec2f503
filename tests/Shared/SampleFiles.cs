using System.Security.Cryptography;

namespace AfterSales.Tests;

/// <summary>X-6: files of each allowed type, by the signature their format puts first, filled to a length.</summary>
public static class SampleFiles
{
    public static byte[] Png(int length) => Padded([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], length);

    public static byte[] Jpeg(int length) => Padded([0xFF, 0xD8, 0xFF, 0xE0], length);

    public static byte[] Pdf(int length) => Padded("%PDF-1.7\n"u8.ToArray(), length);

    public static byte[] Heic(int length) => Padded([0, 0, 0, 0x18, .. "ftypheic"u8], length);

    public static byte[] WebP(int length) => Padded([.. "RIFF"u8, 0, 0, 0, 0, .. "WEBPVP8 "u8], length);

    public static string Sha256Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>A file that starts with <paramref name="signature"/>, filled to <paramref name="length"/> bytes that differ along the file.</summary>
    private static byte[] Padded(byte[] signature, int length)
    {
        var bytes = new byte[length];
        signature.CopyTo(bytes, 0);
        for (var i = signature.Length; i < length; i++)
        {
            bytes[i] = (byte)(i * 7);
        }

        return bytes;
    }
}
