using System.Globalization;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Time;
using AfterSales.Domain.Receivables;
using AutoMapper;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Receivables;

/// <summary>
/// WO-12: a receivable as Finance sees it. <see cref="DeductionMonth"/> ("2027-01") is the salary month it is
/// deducted in, the month after it became overdue; it stays once paid, so <see cref="ReleaseBy"/> says when
/// the deduction is due back. WO-12 (r2): <see cref="Deductions"/> are the amounts actually taken from pay, and only
/// then is there a <see cref="ReleaseBy"/>, for <see cref="Deducted"/> in all. PR-2: a parts-only order taken on account
/// has <see cref="PartsOrderId"/> instead of <see cref="WorkOrderId"/>; <see cref="OrderNumber"/> is either's number.
/// </summary>
public sealed record ReceivableResponse(
    Guid Id,
    Guid? WorkOrderId,
    string? WorkOrderNumber,
    Guid CustomerId,
    Guid TechnicianId,
    decimal Amount,
    decimal Outstanding,
    DateOnly OpenedOn,
    bool Overdue,
    string? DeductionMonth,
    DateOnly? SettledOn,
    DateOnly? ReleaseBy,
    decimal Deducted,
    IReadOnlyList<SalaryDeductionResponse> Deductions,
    Guid? PartsOrderId,
    string OrderNumber,
    uint Version) : IVersionedResource;

/// <summary>An amount taken from the technician's pay in a salary month ("2027-01").</summary>
public sealed record SalaryDeductionResponse(Guid Id, decimal Amount, string Month, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>Overdue and the deduction month depend on today, so they are decided when the receivable is read.</summary>
public sealed class ReceivableResponseConverter(CompanyCalendar calendar, IOptions<ReceivableOptions> options)
    : ITypeConverter<Receivable, ReceivableResponse>
{
    public ReceivableResponse Convert(Receivable source, ReceivableResponse destination, ResolutionContext context)
    {
        var today = calendar.Today;
        var overdueDays = options.Value.OverdueDays;
        return new(
            source.Id,
            source.WorkOrderId,
            source.WorkOrderId is null ? null : source.OrderNumber,
            source.CustomerId,
            source.TechnicianId,
            source.Amount,
            source.Outstanding,
            source.OpenedOn,
            source.IsOverdueOn(today, overdueDays),
            source.DeductionMonth(today, overdueDays)?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            source.SettledOn,
            source.ReleaseBy,
            source.Deducted,
            [.. source.Deductions.Select(deduction => new SalaryDeductionResponse(
                deduction.Id, deduction.Amount, deduction.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), deduction.RecordedBy, deduction.RecordedAt))],
            source.PartsOrderId,
            source.OrderNumber,
            source.Version);
    }
}

public sealed class ReceivableMappings : Profile
{
    public ReceivableMappings() => CreateMap<Receivable, ReceivableResponse>().ConvertUsing<ReceivableResponseConverter>();
}
