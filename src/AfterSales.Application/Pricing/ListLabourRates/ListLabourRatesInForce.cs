using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Pricing;
using Dapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Pricing.ListLabourRates;

/// <summary>PR-1: the labour rates in force on a company day (<see cref="On"/>, today when left out), one per service, by service.</summary>
public sealed record ListLabourRatesInForce(DateOnly? On, string? Service, int Page = 1, int PageSize = 20)
    : IQuery<PagedList<LabourRateResponse>>, IPagedQuery;

public sealed class ListLabourRatesInForceValidator : PagedQueryValidator<ListLabourRatesInForce>
{
    public ListLabourRatesInForceValidator() => RuleFor(query => query.Service).MaximumLength(LabourRate.ServiceMaxLength);
}

public sealed class ListLabourRatesInForceHandler(IReadDatabase reads, CompanyCalendar calendar)
    : IQueryHandler<ListLabourRatesInForce, PagedList<LabourRateResponse>>
{
    private const string Columns = """
        r.id, r.service, r.name, r.per_hour AS PerHour, r.effective_from AS EffectiveFrom, r.recorded_by AS RecordedBy, r.recorded_at AS RecordedAt
        """;

    public async ValueTask<PagedList<LabourRateResponse>> Handle(ListLabourRatesInForce query, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(new { on = (query.On ?? calendar.Today).ToDateTime(TimeOnly.MinValue) });
        var inForce = "SELECT DISTINCT ON (service) * FROM aftersales.labour_rates WHERE effective_from <= @on::date";
        if (!string.IsNullOrWhiteSpace(query.Service))
        {
            inForce += " AND service = @service";
            parameters.Add("service", query.Service.Trim());
        }

        var fromWhere = $"FROM ({inForce} ORDER BY service, effective_from DESC) r";
        return await reads.ReadAsync(
            connection => connection.ReadPageAsync<LabourRateResponse>(Columns, fromWhere, "ORDER BY r.service, r.id", parameters, query, cancellationToken),
            cancellationToken);
    }
}
