using AfterSales.Application.Reports.Grades;

namespace AfterSales.Api.Reports;

/// <summary>The grade reports (AS-8) as tables for HR's payroll: one row per technician, the same columns in CSV and XLSX.</summary>
internal static class GradeReportTables
{
    public static readonly IReadOnlyList<ReportColumn<MonthlyGradeRow>> Monthly =
    [
        ReportColumn.Text<MonthlyGradeRow>("EmployeeNumber", row => row.EmployeeNumber),
        ReportColumn.Text<MonthlyGradeRow>("Name", row => row.Name),
        ReportColumn.Text<MonthlyGradeRow>("Team", row => row.Team),
        ReportColumn.Number<MonthlyGradeRow>("Initiative", row => row.Scores.Initiative),
        ReportColumn.Number<MonthlyGradeRow>("Coordination", row => row.Scores.Coordination),
        ReportColumn.Number<MonthlyGradeRow>("Loyalty", row => row.Scores.Loyalty),
        ReportColumn.Number<MonthlyGradeRow>("Planning", row => row.Scores.Planning),
        ReportColumn.Number<MonthlyGradeRow>("Execution", row => row.Scores.Execution),
        ReportColumn.Number<MonthlyGradeRow>("WorkQuality", row => row.Scores.WorkQuality),
        ReportColumn.Number<MonthlyGradeRow>("Performance", row => row.Performance),
        ReportColumn.Number<MonthlyGradeRow>("ComplaintDeduction", row => row.ComplaintDeduction),
        ReportColumn.Number<MonthlyGradeRow>("DisciplineDeduction", row => row.DisciplineDeduction),
        ReportColumn.Number<MonthlyGradeRow>("Deductions", row => row.Deductions),
        ReportColumn.Number<MonthlyGradeRow>("Total", row => row.Total),
        ReportColumn.Text<MonthlyGradeRow>("Grade", row => row.Grade.ToString()),
        ReportColumn.Number<MonthlyGradeRow>("PayAdjustmentPercent", row => row.PayAdjustmentPercent),
        ReportColumn.Text<MonthlyGradeRow>("SubmittedLate", row => row.SubmittedLate ? "yes" : "no"),
    ];

    public static readonly IReadOnlyList<ReportColumn<AnnualGradeRow>> Annual =
    [
        ReportColumn.Text<AnnualGradeRow>("EmployeeNumber", row => row.EmployeeNumber),
        ReportColumn.Text<AnnualGradeRow>("Name", row => row.Name),
        ReportColumn.Text<AnnualGradeRow>("Team", row => row.Team),
        ReportColumn.Number<AnnualGradeRow>("A", row => row.GradeCounts.A),
        ReportColumn.Number<AnnualGradeRow>("B", row => row.GradeCounts.B),
        ReportColumn.Number<AnnualGradeRow>("C", row => row.GradeCounts.C),
        ReportColumn.Number<AnnualGradeRow>("Months", row => row.Months),
        ReportColumn.Number<AnnualGradeRow>("AverageTotal", row => row.AverageTotal),
        ReportColumn.Text<AnnualGradeRow>("Flags", row => string.Join(';', row.Flags)),
    ];
}
