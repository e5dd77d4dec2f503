using System.Linq.Expressions;

namespace AfterSales.Domain.Customers;

/// <summary>
/// The reminder lists of CU-3 and CU-4 as predicates, so the same definition filters in the
/// database and in memory. A returned machine (RX-3) is in none of them.
/// </summary>
public static class ReminderRules
{
    /// <summary>CU-3: the maintenance contract ends between today and <paramref name="days"/> days from now.</summary>
    public static Expression<Func<Equipment, bool>> ContractEndingWithin(DateOnly today, int days)
    {
        var until = today.AddDays(days);
        return equipment => equipment.Status == EquipmentStatus.InService && equipment.ContractEndsOn >= today && equipment.ContractEndsOn <= until;
    }

    /// <summary>CU-3: the warranty ends between today and <paramref name="days"/> days from now.</summary>
    public static Expression<Func<Equipment, bool>> WarrantyEndingWithin(DateOnly today, int days)
    {
        var until = today.AddDays(days);
        return equipment => equipment.Status == EquipmentStatus.InService && equipment.WarrantyEndsOn >= today && equipment.WarrantyEndsOn <= until;
    }

    /// <summary>
    /// CU-4: a customer with equipment under warranty today is due for a check-up when nobody
    /// called or visited for <paramref name="intervalDays"/> days (never contacted counts from registration).
    /// </summary>
    public static Expression<Func<Customer, bool>> DueForVisit(DateOnly today, int intervalDays)
    {
        var lastAcceptableContact = today.AddDays(-intervalDays);
        return customer =>
            customer.Equipment.Any(equipment => equipment.Status == EquipmentStatus.InService && equipment.PurchaseDate <= today && equipment.WarrantyEndsOn >= today)
            && (customer.LastContactedOn ?? customer.RegisteredOn) <= lastAcceptableContact;
    }
}
