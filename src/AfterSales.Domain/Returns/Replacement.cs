namespace AfterSales.Domain.Returns;

/// <summary>RX-3: the item handed over in exchange, with its own delivery date and warranty.</summary>
public sealed record Replacement(string Model, string SerialNumber, DateOnly DeliveryDate, DateOnly WarrantyEndsOn);
