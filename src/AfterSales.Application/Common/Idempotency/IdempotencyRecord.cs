namespace AfterSales.Application.Common.Idempotency;

/// <summary>
/// A claimed <c>Idempotency-Key</c> (X-3). The claim is written in the same transaction as the
/// change it guards, so a committed change always has its key; the response is stored right after.
/// </summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord()
    {
        Key = null!;
        UserName = null!;
        Fingerprint = null!;
    }

    public IdempotencyRecord(string key, string userName, string fingerprint, DateTimeOffset createdAt)
    {
        Key = key;
        UserName = userName;
        Fingerprint = fingerprint;
        CreatedAt = createdAt;
    }

    public string Key { get; private set; }

    public string UserName { get; private set; }

    /// <summary>Hash of method, path and body: the same key with another request is refused.</summary>
    public string Fingerprint { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int? ResponseStatus { get; private set; }

    public string? ResponseContentType { get; private set; }

    public string? ResponseLocation { get; private set; }

    public byte[]? ResponseBody { get; private set; }

    public bool HasResponse => ResponseStatus is not null;
}
