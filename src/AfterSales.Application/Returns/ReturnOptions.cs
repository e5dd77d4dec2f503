using System.ComponentModel.DataAnnotations;
using AfterSales.Domain.Returns;

namespace AfterSales.Application.Returns;

/// <summary>[Returns] — the numbers of RX-1.</summary>
public sealed class ReturnOptions
{
    public const string Section = "Returns";

    /// <summary>RX-1: calendar days from delivery within which an item is taken back for a refund.</summary>
    [Range(1, 365)]
    public int ReturnDays { get; set; } = 7;

    /// <summary>RX-1: calendar days from delivery within which an item is exchanged.</summary>
    [Range(1, 365)]
    public int ExchangeDays { get; set; } = 15;

    public ReturnPolicy Policy() => new(ReturnDays, ExchangeDays);
}
