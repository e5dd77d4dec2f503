namespace AfterSales.Domain.Files;

/// <summary>X-6: the bytes are none of the allowed types, whatever the file is called (→ 415).</summary>
public sealed class UnsupportedFileTypeException(string message) : Exception(message);
