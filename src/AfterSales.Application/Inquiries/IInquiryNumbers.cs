namespace AfterSales.Application.Inquiries;

/// <summary>IQ-1: hands out readable inquiry numbers, <c>IQ-2026-000001</c>, that never repeat, even under concurrent registration.</summary>
public interface IInquiryNumbers
{
    Task<string> NextAsync(DateOnly receivedOn, CancellationToken cancellationToken);
}
