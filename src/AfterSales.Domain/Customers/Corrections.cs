using AfterSales.Domain.Common;

namespace AfterSales.Domain.Customers;

/// <summary>CU-1 (r2): the fields of a customer card a correction names; the rest stay as they are.</summary>
public sealed record CustomerCorrection(
    Change<string?>? Name = null,
    Change<string?>? Phone = null,
    Change<string?>? Address = null,
    Change<Zone?>? Zone = null);

/// <summary>
/// CU-1 (r2): the fields of an equipment item a correction names. <see cref="Model"/> and <see cref="CustomerId"/> are
/// here only so that naming them is refused with the rule that fixes them.
/// </summary>
public sealed record EquipmentCorrection(
    Change<string?>? SerialNumber = null,
    Change<DateOnly?>? PurchaseDate = null,
    Change<DateOnly?>? WarrantyEndsOn = null,
    Change<DateOnly?>? ContractEndsOn = null,
    Change<int?>? ArrivalWorkingHours = null,
    Change<string?>? Model = null,
    Change<Guid?>? CustomerId = null,
    Change<DateOnly?>? DeliveryDate = null);
