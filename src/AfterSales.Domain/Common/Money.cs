namespace AfterSales.Domain.Common;

/// <summary>Amounts in the company currency, always kept to two decimal places.</summary>
public static class Money
{
    /// <summary>Zero written with two places, so sums built on it keep the scale clients expect ("0.00", not "0").</summary>
    public const decimal Zero = 0.00m;

    /// <summary>Rounded to the fen, and written with two places whatever the input's scale (20 becomes 20.00), as the database keeps it.</summary>
    public static decimal Round(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero) + Zero;

    public static decimal NonNegative(decimal amount, string name) =>
        amount >= 0 ? Round(amount) : throw new InvalidInputException(name, $"{name} cannot be negative.");

    /// <summary>The total of <paramref name="amounts"/>; an empty list totals <see cref="Zero"/>.</summary>
    public static decimal Sum(IEnumerable<decimal> amounts) => amounts.Aggregate(Zero, (total, amount) => total + amount);
}
