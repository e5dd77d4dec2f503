using AfterSales.Application.Complaints;
using AfterSales.Infrastructure.Persistence;

namespace AfterSales.Infrastructure.Complaints;

/// <summary><c>CP-2026-000003</c>, the year being the day the complaint was registered.</summary>
internal sealed class ComplaintNumbers(AfterSalesDbContext db) : SequenceNumbers(db, "CP", Sequence), IComplaintNumbers
{
    public const string Sequence = "complaint_number_seq";
}
