using AfterSales.Application.Returns;
using AfterSales.Infrastructure.Persistence;

namespace AfterSales.Infrastructure.Returns;

/// <summary>RX-1: <c>RX-2026-000001</c>, the year being the company-local day the request was registered.</summary>
internal sealed class ReturnNumbers(AfterSalesDbContext db) : SequenceNumbers(db, "RX", Sequence), IReturnNumbers
{
    public const string Sequence = "return_number_seq";
}
