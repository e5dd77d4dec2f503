namespace AfterSales.Application.Complaints;

/// <summary>Hands out readable complaint numbers, <c>CP-2026-000003</c>, that never repeat, even under concurrent registration.</summary>
public interface IComplaintNumbers
{
    Task<string> NextAsync(DateOnly registeredOn, CancellationToken cancellationToken);
}
