using System.ComponentModel.DataAnnotations;

namespace AfterSales.Application.WorkOrders.Parts;

/// <summary>[Parts] — the numbers of WO-11.</summary>
public sealed class PartOptions
{
    public const string Section = "Parts";

    /// <summary>WO-11: a free warranty part at or below this unit price is not worth bringing back; its old-part return is waived.</summary>
    [Range(typeof(decimal), "0", "1000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal SmallPartLimit { get; set; } = 50.00m;
}
