namespace AfterSales.Domain.Files;

/// <summary>X-6: more bytes than a file may have, or than the upload declared (→ 413).</summary>
public sealed class FileTooLargeException(string message) : Exception(message);
