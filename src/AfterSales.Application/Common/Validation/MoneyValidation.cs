using FluentValidation;

namespace AfterSales.Application.Common.Validation;

public static class MoneyValidation
{
    /// <summary>API.md's money: two decimal places at most, and within the database's numeric(12,2).</summary>
    public static IRuleBuilderOptions<T, decimal?> IsMoney<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.PrecisionScale(12, 2, ignoreTrailingZeros: true);
}
