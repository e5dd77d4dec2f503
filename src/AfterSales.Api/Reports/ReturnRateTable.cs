using AfterSales.Application.Reports.ReturnRate;

namespace AfterSales.Api.Reports;

/// <summary>The return-rate report (RX-4) as a table: one row per model and delivery month.</summary>
internal static class ReturnRateTable
{
    public static readonly IReadOnlyList<ReportColumn<ReturnRateRow>> Columns =
    [
        ReportColumn.Text<ReturnRateRow>("Model", row => row.Model),
        ReportColumn.Text<ReturnRateRow>("Month", row => row.Month),
        ReportColumn.Number<ReturnRateRow>("Delivered", row => row.Delivered),
        ReportColumn.Number<ReturnRateRow>("Returned", row => row.Returned),
        ReportColumn.Number<ReturnRateRow>("RatePercent", row => row.RatePercent),
    ];
}
