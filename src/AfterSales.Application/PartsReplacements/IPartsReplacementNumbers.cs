namespace AfterSales.Application.PartsReplacements;

/// <summary>PS-1: hands out readable request numbers, <c>PS-2026-000001</c>, that never repeat, even under concurrent registration.</summary>
public interface IPartsReplacementNumbers
{
    Task<string> NextAsync(DateOnly requestedOn, CancellationToken cancellationToken);
}
