using AfterSales.Application.Inquiries;
using AfterSales.Infrastructure.Persistence;

namespace AfterSales.Infrastructure.Inquiries;

/// <summary>IQ-1: <c>IQ-2026-000001</c>, the year being the day the inquiry was received.</summary>
internal sealed class InquiryNumbers(AfterSalesDbContext db) : SequenceNumbers(db, "IQ", Sequence), IInquiryNumbers
{
    public const string Sequence = "inquiry_number_seq";
}
