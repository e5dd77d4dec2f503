using System.Linq.Expressions;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Customers;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Reminders;

/// <summary>One machine whose contract or warranty is about to end, with whom to call about it.</summary>
public sealed record EquipmentReminder(
    Guid CustomerId,
    string CustomerName,
    string CustomerPhone,
    Guid? ResponsibleTechnicianId,
    Guid EquipmentId,
    string Model,
    string SerialNumber,
    DateOnly WarrantyEndsOn,
    DateOnly? ContractEndsOn);

/// <summary>CU-3: maintenance contracts that end within [Reminders:ContractExpiryDays], soonest first.</summary>
public sealed record ListContractReminders(int Page = 1, int PageSize = 20) : IQuery<PagedList<EquipmentReminder>>, IPagedQuery;

/// <summary>CU-3: warranties that end within [Reminders:WarrantyExpiryDays], soonest first.</summary>
public sealed record ListWarrantyReminders(int Page = 1, int PageSize = 20) : IQuery<PagedList<EquipmentReminder>>, IPagedQuery;

public sealed class ListContractRemindersValidator : PagedQueryValidator<ListContractReminders>;

public sealed class ListWarrantyRemindersValidator : PagedQueryValidator<ListWarrantyReminders>;

public sealed class EquipmentReminderHandlers(IAfterSalesDbContext db, CompanyCalendar calendar, IOptions<ReminderOptions> options)
    : IQueryHandler<ListContractReminders, PagedList<EquipmentReminder>>,
      IQueryHandler<ListWarrantyReminders, PagedList<EquipmentReminder>>
{
    public async ValueTask<PagedList<EquipmentReminder>> Handle(ListContractReminders query, CancellationToken cancellationToken) =>
        await List(
            ReminderRules.ContractEndingWithin(calendar.Today, options.Value.ContractExpiryDays),
            equipment => equipment.ContractEndsOn,
            query,
            cancellationToken);

    public async ValueTask<PagedList<EquipmentReminder>> Handle(ListWarrantyReminders query, CancellationToken cancellationToken) =>
        await List(
            ReminderRules.WarrantyEndingWithin(calendar.Today, options.Value.WarrantyExpiryDays),
            equipment => (DateOnly?)equipment.WarrantyEndsOn,
            query,
            cancellationToken);

    private Task<PagedList<EquipmentReminder>> List(
        Expression<Func<Equipment, bool>> due,
        Expression<Func<Equipment, DateOnly?>> endsOn,
        IPagedQuery page,
        CancellationToken cancellationToken)
    {
        // Ordered before the join: the ordering is kept and the end date stays the caller's choice.
        return db.Equipment
            .Where(due)
            .OrderBy(endsOn)
            .ThenBy(equipment => equipment.Id)
            .Join(
                db.Customers,
                equipment => equipment.CustomerId,
                customer => customer.Id,
                (equipment, customer) => new EquipmentReminder(
                    customer.Id,
                    customer.Name,
                    customer.Phone,
                    customer.ResponsibleTechnicianId,
                    equipment.Id,
                    equipment.Model,
                    equipment.SerialNumber,
                    equipment.WarrantyEndsOn,
                    equipment.ContractEndsOn))
            .ToPageAsync(page, cancellationToken);
    }
}
