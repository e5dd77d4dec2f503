using System.Globalization;
using AfterSales.Application.Reports.ContactLog;

namespace AfterSales.Api.Reports;

/// <summary>The contact-log report (CU-5) as a table: one row per call or visit, the five structured fields as columns.</summary>
internal static class ContactLogTable
{
    public static readonly IReadOnlyList<ReportColumn<ContactLogRow>> Columns =
    [
        ReportColumn.Text<ContactLogRow>("ContactedOn", row => row.ContactedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ReportColumn.Text<ContactLogRow>("Customer", row => row.CustomerName),
        ReportColumn.Text<ContactLogRow>("Kind", row => row.Kind.ToString()),
        ReportColumn.Text<ContactLogRow>("Note", row => row.Note),
        ReportColumn.Text<ContactLogRow>("RecordedBy", row => row.RecordedBy),
        ReportColumn.Text<ContactLogRow>("ProductQualityFeedback", row => row.ProductQualityFeedback ?? string.Empty),
        ReportColumn.Text<ContactLogRow>("CustomerNeeds", row => row.CustomerNeeds ?? string.Empty),
        ReportColumn.Text<ContactLogRow>("CompetitorNews", row => row.CompetitorNews ?? string.Empty),
        ReportColumn.Text<ContactLogRow>("CreditStanding", row => row.CreditStanding ?? string.Empty),
        ReportColumn.Text<ContactLogRow>("NewProductInterest", row => row.NewProductInterest ?? string.Empty),
    ];
}
