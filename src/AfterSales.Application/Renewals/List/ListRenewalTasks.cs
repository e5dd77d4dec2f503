using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Renewals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Renewals.List;

/// <summary>CU-3 (r2): renewal tasks, the soonest-ending contract first, by status and technician; technicians see their own .</summary>
public sealed record ListRenewalTasks(RenewalTaskStatus? Status, Guid? TechnicianId, int Page = 1, int PageSize = 20)
    : IQuery<PagedList<RenewalTaskSummary>>, IPagedQuery;

public sealed class ListRenewalTasksValidator : PagedQueryValidator<ListRenewalTasks>
{
    public ListRenewalTasksValidator() => RuleFor(query => query.Status).IsInEnum();
}

public sealed class ListRenewalTasksHandler(IAfterSalesDbContext db, RenewalTaskAccess access) : IQueryHandler<ListRenewalTasks, PagedList<RenewalTaskSummary>>
{
    public async ValueTask<PagedList<RenewalTaskSummary>> Handle(ListRenewalTasks query, CancellationToken cancellationToken)
    {
        var tasks = access.Visible(db.RenewalTasks.AsNoTracking());
        if (query.Status is { } status)
        {
            tasks = tasks.Where(task => task.Status == status);
        }

        if (query.TechnicianId is { } technicianId)
        {
            tasks = tasks.Where(task => task.TechnicianId == technicianId);
        }

        return await (
                from task in tasks
                join customer in db.Customers on task.CustomerId equals customer.Id
                join equipment in db.Equipment on task.EquipmentId equals equipment.Id
                orderby task.ContractEndsOn, task.Id
                select new RenewalTaskSummary(
                    task.Id,
                    task.Status,
                    customer.Id,
                    customer.Name,
                    customer.Phone,
                    equipment.Id,
                    equipment.Model,
                    equipment.SerialNumber,
                    task.ContractEndsOn,
                    task.TechnicianId,
                    task.OpenedAt,
                    task.Outcome))
            .ToPageAsync(query, cancellationToken);
    }
}
