using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace AfterSales.Api.Tests.Infrastructure;

/// <summary>X-6 as the app does it: start an upload, send its chunks with <c>Content-Range</c>, ask how far it got.</summary>
public static class Uploads
{
    public static Task<HttpResponseMessage> StartUploadAsync(this HttpClient client, byte[] file, string fileName = "photo.png", long? length = null, string? sha256 = null) =>
        client.PostAsJsonAsync("/api/v1/files", new { fileName, contentType = "image/png", length = length ?? file.Length, sha256 = sha256 ?? SampleFiles.Sha256Of(file) });

    /// <summary>Bytes <paramref name="first"/> to <paramref name="last"/> of <paramref name="file"/>, announced as of <paramref name="total"/> (the file's length unless said).</summary>
    public static Task<HttpResponseMessage> PutChunkAsync(this HttpClient client, Guid id, byte[] file, long first, long last, long? total = null)
    {
        var content = new ByteArrayContent(file, (int)first, (int)(last - first + 1));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Headers.ContentRange = new ContentRangeHeaderValue(first, last, total ?? file.Length);
        return client.PutAsync($"/api/v1/files/{id}", content);
    }

    /// <summary>How many bytes the server has, as <c>HEAD</c> tells.</summary>
    public static async Task<long> ReceivedBytesAsync(this HttpClient client, Guid id)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/api/v1/files/{id}"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return long.Parse(response.Headers.GetValues("Upload-Offset").Single(), CultureInfo.InvariantCulture);
    }

    /// <summary><paramref name="file"/> uploaded in one chunk; its id.</summary>
    public static async Task<Guid> UploadAsync(this HttpClient client, byte[] file, string fileName = "photo.png")
    {
        var id = (await (await client.StartUploadAsync(file, fileName)).ShouldBe(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var completed = await (await client.PutChunkAsync(id, file, 0, file.Length - 1)).ShouldBe(HttpStatusCode.OK);
        Assert.That(completed["status"]!.GetValue<string>(), Is.EqualTo("Completed"));
        return id;
    }

    public static Guid IdOf(JsonNode upload) => upload["id"]!.GetValue<Guid>();
}
