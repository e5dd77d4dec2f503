namespace AfterSales.Application.Common.Concurrency;

/// <summary>A write that must name the version it was based on came without <c>If-Match</c> (API.md r2: corrections) → 428.</summary>
public sealed class PreconditionRequiredException()
    : Exception("Send the ETag you read as If-Match: a correction without it could overwrite a change you have not seen.");
