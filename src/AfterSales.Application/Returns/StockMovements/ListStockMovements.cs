using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Returns;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Returns.StockMovements;

/// <summary>RX-3: the Warehouse's record of items booked in (returned) and out (replacements), newest first, by direction.</summary>
public sealed record ListStockMovements(StockDirection? Direction, int Page = 1, int PageSize = 20)
    : IQuery<PagedList<StockMovementResponse>>, IPagedQuery;

public sealed class ListStockMovementsValidator : PagedQueryValidator<ListStockMovements>
{
    public ListStockMovementsValidator() => RuleFor(query => query.Direction).IsInEnum();
}

public sealed class ListStockMovementsHandler(IAfterSalesDbContext db) : IQueryHandler<ListStockMovements, PagedList<StockMovementResponse>>
{
    public async ValueTask<PagedList<StockMovementResponse>> Handle(ListStockMovements query, CancellationToken cancellationToken)
    {
        var movements = db.StockMovements;
        if (query.Direction is { } direction)
        {
            movements = movements.Where(movement => movement.Direction == direction);
        }

        return await (
                from movement in movements
                join request in db.ReturnRequests on movement.ReturnRequestId equals request.Id
                orderby movement.At descending, movement.Id descending
                select new StockMovementResponse(
                    movement.Id, movement.Direction, movement.EquipmentId, movement.Model, movement.SerialNumber, movement.At, request.Id, request.Number))
            .ToPageAsync(query, cancellationToken);
    }
}
