namespace AfterSales.Domain.Common;

/// <summary>Amounts in the company currency, always kept to two decimal places.</summary>
public static class Money
{
    public static decimal Round(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static decimal NonNegative(decimal amount, string name) =>
        amount >= 0 ? Round(amount) : throw new ArgumentException($"{name} cannot be negative.", name);
}
