namespace AfterSales.Application.WorkOrders;

/// <summary>WO-1: hands out readable numbers that never repeat, even under concurrent registration.</summary>
public interface IWorkOrderNumbers
{
    Task<string> NextAsync(DateOnly receivedOn, CancellationToken cancellationToken);
}
