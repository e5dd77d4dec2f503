namespace AfterSales.Api.Http;

/// <summary>
/// Endpoint metadata: the answer carries a secret shown once (a temporary password, X-5). The answer is never stored, so
/// <see cref="IdempotencyMiddleware"/> neither claims nor replays an Idempotency-Key for it: a repeated request makes a
/// new secret, and the secret is in no table. The answer also tells caches not to keep it.
/// </summary>
internal sealed class SecretAnswer
{
    public static readonly SecretAnswer Instance = new();

    private SecretAnswer()
    {
    }

    public static void Prepare(HttpResponse response) => response.Headers.CacheControl = "no-store";
}
