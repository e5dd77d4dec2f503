using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Pricing;
using Dapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Pricing.ListParts;

/// <summary>
/// PR-1: the parts' price list as it stands on a company day (<see cref="On"/>, today when left out): for each part the
/// latest line effective on or before it, by part number; parts not yet priced on that day are not on it.
/// </summary>
public sealed record ListPartPricesInForce(DateOnly? On, string? PartNumber, string? ProductLine, int Page = 1, int PageSize = 20)
    : IQuery<PagedList<PartPriceResponse>>, IPagedQuery;

public sealed class ListPartPricesInForceValidator : PagedQueryValidator<ListPartPricesInForce>
{
    public ListPartPricesInForceValidator()
    {
        RuleFor(query => query.PartNumber).MaximumLength(PartPrice.PartNumberMaxLength);
        RuleFor(query => query.ProductLine).MaximumLength(PartPrice.ProductLineMaxLength);
    }
}

public sealed class ListPartPricesInForceHandler(IReadDatabase reads, CompanyCalendar calendar)
    : IQueryHandler<ListPartPricesInForce, PagedList<PartPriceResponse>>
{
    private const string Columns = """
        p.id, p.part_number AS PartNumber, p.name, p.unit_price AS UnitPrice, p.product_line AS ProductLine,
        p.has_recovery_value AS HasRecoveryValue, p.effective_from AS EffectiveFrom, p.recorded_by AS RecordedBy, p.recorded_at AS RecordedAt
        """;

    public async ValueTask<PagedList<PartPriceResponse>> Handle(ListPartPricesInForce query, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(new { on = (query.On ?? calendar.Today).ToDateTime(TimeOnly.MinValue) });
        // The same lookup as PriceList.PartInForceAsync, for every part at once: the unique index (part, day) serves it.
        var inForce = """
            SELECT DISTINCT ON (part_number) * FROM aftersales.part_prices
            WHERE effective_from <= @on::date
            """;
        if (!string.IsNullOrWhiteSpace(query.PartNumber))
        {
            inForce += " AND part_number = @partNumber";
            parameters.Add("partNumber", query.PartNumber.Trim());
        }

        inForce += " ORDER BY part_number, effective_from DESC";
        var fromWhere = $"FROM ({inForce}) p";
        if (!string.IsNullOrWhiteSpace(query.ProductLine))
        {
            fromWhere += " WHERE p.product_line = @productLine";
            parameters.Add("productLine", query.ProductLine.Trim());
        }

        return await reads.ReadAsync(
            connection => connection.ReadPageAsync<PartPriceResponse>(Columns, fromWhere, "ORDER BY p.part_number, p.id", parameters, query, cancellationToken),
            cancellationToken);
    }
}
