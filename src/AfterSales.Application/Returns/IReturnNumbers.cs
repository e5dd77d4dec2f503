

namespace AfterSales.Application.Returns;

/// <summary>RX-1: hands out readable request numbers, <c>RX-2026-000001</c>, that never repeat, even under concurrent registration.</summary>
public interface IReturnNumbers
{
    Task<string> NextAsync(DateOnly registeredOn, CancellationToken cancellationToken);
}
