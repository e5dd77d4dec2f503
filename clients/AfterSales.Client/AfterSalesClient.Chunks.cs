using System.Net.Http.Headers;

namespace AfterSales.Client;

/// <summary>
/// X-6's chunk upload, written by hand beside the generated client: NSwag sends the <c>Content-Range</c> parameter as a
/// request header, which .NET drops because it belongs to the content, so the generated <c>ReceiveChunkAsync</c> cannot
/// send a chunk. Everything else about files (start, progress, download) is generated.
/// </summary>
public partial class AfterSalesClient
{
    /// <summary>
    /// Sends <paramref name="count"/> bytes of <paramref name="file"/> from <paramref name="first"/> (a <c>PUT /files/{id}</c>
    /// with <c>Content-Range</c>); start where the server's bytes end (<see cref="GetUploadAsync(Guid)"/>'s <c>ReceivedBytes</c>).
    /// </summary>
    public virtual async Task<FileUploadResponse> SendChunkAsync(Guid id, ReadOnlyMemory<byte> file, long first, int count, CancellationToken cancellationToken = default)
    {
        using var content = new ReadOnlyMemoryContent(file.Slice(checked((int)first), count));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Headers.ContentRange = new ContentRangeHeaderValue(first, first + count - 1, file.Length);
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"api/v1/files/{id}", UriKind.Relative)) { Content = content };
        using var response = await _httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(header => header.Key, header => header.Value);
        if (response.IsSuccessStatusCode)
        {
            return (await ReadObjectResponseAsync<FileUploadResponse>(response, headers, cancellationToken).ConfigureAwait(false)).Object;
        }

        var problem = await ReadObjectResponseAsync<ProblemDetails>(response, headers, cancellationToken).ConfigureAwait(false);
        throw new ApiException<ProblemDetails>("The chunk was refused.", (int)response.StatusCode, problem.Text, headers, problem.Object, null);
    }
}
