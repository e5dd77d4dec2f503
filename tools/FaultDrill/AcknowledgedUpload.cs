using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;

namespace FaultDrill;

/// <summary>
/// X-6 in the fault drills: a chunk the API acknowledged before the fault (kill -9, an immediate PostgreSQL stop) is
/// there afterwards, HEAD tells the same byte count, and the upload then completes and downloads with its SHA-256.
/// </summary>
internal static class AcknowledgedUpload
{
    /// <summary>Two chunks, each under the API's 4 MiB chunk limit.</summary>
    private const int Length = 3 * 1024 * 1024;

    private static readonly byte[] File = Bytes();

    private static readonly string Sha256 = Convert.ToHexStringLower(SHA256.HashData(File));

    /// <summary><c>upload-start --api URL --state FILE</c>: starts the upload and sends its first half, acknowledged.</summary>
    public static async Task<int> StartAsync(Options options, CancellationToken cancellationToken)
    {
        using var api = await AfterSalesApi.ConnectAsync(options.Apis(), cancellationToken);
        var upload = await api.ExpectAsync(
            HttpStatusCode.Created,
            api.Post(0, "api/v1/files", api.DispatcherToken, new { fileName = "drill.png", contentType = "image/png", length = Length, sha256 = Sha256 }),
            cancellationToken);
        var id = upload["id"]!.GetValue<Guid>();
        var acknowledged = await api.ExpectAsync(HttpStatusCode.OK, Chunk(api, id, 0, Length / 2), cancellationToken);
        await System.IO.File.WriteAllTextAsync(options.Text("state"), JsonSerializer.Serialize(new UploadState(id, acknowledged["receivedBytes"]!.GetValue<long>())), cancellationToken);
        return 0;
    }

    /// <summary><c>upload-finish --api URL --state FILE --scenario NAME --summary FILE</c>: after the fault, resumes, completes, downloads.</summary>
    public static async Task<int> FinishAsync(Options options, CancellationToken cancellationToken)
    {
        var state = JsonSerializer.Deserialize<UploadState>(await System.IO.File.ReadAllTextAsync(options.Text("state"), cancellationToken))!;
        using var api = await AfterSalesApi.ConnectAsync(options.Apis(), cancellationToken);
        var failures = new List<string>();

        var offset = -1L;
        var head = new HttpRequestMessage(HttpMethod.Head, new Uri(api.Instances[0], $"api/v1/files/{state.Id}"));
        head.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.DispatcherToken);
        using (var answer = await api.SendAsync(head, cancellationToken))
        {
            if (answer.Headers.TryGetValues("Upload-Offset", out var values))
            {
                offset = long.Parse(values.Single(), CultureInfo.InvariantCulture);
            }
        }

        Expect(failures, offset == state.Acknowledged, $"HEAD tells {offset} bytes, {state.Acknowledged} were acknowledged");
        var downloaded = "";
        if (offset >= 0)
        {
            var completed = await api.ExpectAsync(HttpStatusCode.OK, Chunk(api, state.Id, offset, (int)(Length - offset)), cancellationToken);
            Expect(failures, completed["status"]!.GetValue<string>() == "Completed", "the upload did not complete");
            using var download = await api.SendAsync(api.Get(0, $"api/v1/files/{state.Id}/content", api.DispatcherToken), cancellationToken);
            downloaded = Convert.ToHexStringLower(SHA256.HashData(await download.Content.ReadAsByteArrayAsync(cancellationToken)));
        }

        Expect(failures, downloaded == Sha256, "the download does not have the file's SHA-256");
        var passed = failures.Count == 0;
        var notes = string.Join("; ", [$"{state.Acknowledged} of {Length} bytes acknowledged before the fault, HEAD after it: {offset}", .. failures.Select(failure => $"FAILED: {failure}")]);
        var row = new SummaryRow(options.Text("scenario"), 4, 1, passed ? 1 : 0, 0, 0, passed, passed ? $"{notes}; completed and downloaded with its SHA-256" : notes);
        await System.IO.File.AppendAllTextAsync(options.Text("summary"), JsonSerializer.Serialize(row) + "\n", cancellationToken);
        Console.WriteLine($"{(passed ? "PASS" : "FAIL")} {row.Scenario}: {row.Notes}");
        return 0;
    }

    private static HttpRequestMessage Chunk(AfterSalesApi api, Guid id, long first, int count)
    {
        var content = new ByteArrayContent(File, (int)first, count);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Headers.ContentRange = new ContentRangeHeaderValue(first, first + count - 1, Length);
        var request = new HttpRequestMessage(HttpMethod.Put, new Uri(api.Instances[0], $"api/v1/files/{id}")) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.DispatcherToken);
        return request;
    }

    private static void Expect(List<string> failures, bool holds, string failure)
    {
        if (!holds)
        {
            failures.Add(failure);
        }
    }

    /// <summary>A PNG's signature, then bytes that differ along the file; the same in both halves of the drill.</summary>
    private static byte[] Bytes()
    {
        var bytes = new byte[Length];
        byte[] signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(bytes, 0);
        for (var i = signature.Length; i < Length; i++)
        {
            bytes[i] = (byte)((i * 31) + (i >> 8));
        }

        return bytes;
    }

    private sealed record UploadState(Guid Id, long Acknowledged);
}
