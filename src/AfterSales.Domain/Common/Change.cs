namespace AfterSales.Domain.Common;

/// <summary>
/// One field of a correction: <c>Change&lt;T&gt;?</c> is null where the field is left as it is, and holds the new value
/// (which for an optional field may be null, clearing it) where the caller named the field.
/// </summary>
public readonly record struct Change<T>(T Value);
