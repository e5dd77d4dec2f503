namespace AfterSales.Domain.Returns;

/// <summary>RX-1: the calendar days from delivery within which a return [Returns:ReturnDays] or an exchange [Returns:ExchangeDays] is accepted.</summary>
public sealed record ReturnPolicy(int ReturnDays, int ExchangeDays);
