using System.ComponentModel.DataAnnotations;

namespace AfterSales.Application.WorkOrders.Parts;

/// <summary>[Parts] — the numbers of WO-11.</summary>
public sealed class PartOptions
{
    public const string Section = "Parts";

    /// <summary>
    /// WO-11: a free warranty part at or below this unit price, and with no recovery value on the price list (r2), is
    /// not worth bringing back; its old-part return is waived.
    /// </summary>
    [Range(typeof(decimal), "0", "1000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal SmallPartLimit { get; set; } = 50.00m;

    /// <summary>WO-11 (r2): a line whose total (quantity × unit price) is above this also needs the Director's approval after Finance's.</summary>
    [Range(typeof(decimal), "0", "100000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal DirectorApprovalLimit { get; set; } = 5000.00m;

    /// <summary>WO-11 (r2): a part whose unit price is above this records its serial number when fitted.</summary>
    [Range(typeof(decimal), "0", "100000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal TraceableLimit { get; set; } = 1000.00m;
}
