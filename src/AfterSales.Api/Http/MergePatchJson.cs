namespace AfterSales.Api.Http;

/// <summary>
/// Corrections take JSON merge patch documents (RFC 7396) and nothing else: a plain <c>application/json</c> body is
/// refused (415) rather than guessed at, since a client sending one may mean a replacement, where a missing member
/// would clear a field instead of leaving it alone.
/// </summary>
internal static class MergePatchJson
{
    public const string MediaType = "application/merge-patch+json";
}
