using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AfterSales.Api.Http;

/// <summary>
/// JSON answers compressed with Brotli or gzip when the client sends Accept-Encoding: the field app syncs a day's orders
/// over poor mobile networks. An answer that must not be stored (<c>Cache-Control: no-store</c>: the provider's
/// tokens, dev tokens, a temporary password, see <see cref="SecretAnswer"/>) is never compressed: compressing a secret
/// beside text an attacker chose lets its length give the secret away byte by byte (BREACH).
/// </summary>
internal static class Compression
{
    public static IServiceCollection AddAfterSalesResponseCompression(this IServiceCollection services)
    {
        services.AddSingleton<IResponseCompressionProvider, SecretsUncompressed>();
        services.Configure<BrotliCompressionProviderOptions>(brotli => brotli.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(gzip => gzip.Level = CompressionLevel.Optimal);
        return services.AddResponseCompression(compression =>
        {
            // The API is served over HTTPS in production; its bearer tokens travel in headers, never in the bodies compressed.
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ["application/json", "application/problem+json"];
        });
    }

    private sealed class SecretsUncompressed(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : ResponseCompressionProvider(services, options)
    {
        public override bool ShouldCompressResponse(HttpContext context) => !MustNotBeStored(context.Response) && base.ShouldCompressResponse(context);

        private static bool MustNotBeStored(HttpResponse response) =>
            CacheControlHeaderValue.TryParse(response.Headers.CacheControl.ToString(), out var cacheControl) && cacheControl!.NoStore;
    }
}
