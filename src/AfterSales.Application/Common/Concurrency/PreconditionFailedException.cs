namespace AfterSales.Application.Common.Concurrency;

/// <summary>The client's copy is stale, or its <c>If-Match</c> can never match (X-2) → 412.</summary>
public sealed class PreconditionFailedException(string resource, Guid? id)
    : Exception($"{resource}{(id is null ? string.Empty : $" {id}")} has changed since it was read; reload it and try again.");
