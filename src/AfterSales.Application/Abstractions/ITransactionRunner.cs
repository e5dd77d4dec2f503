namespace AfterSales.Application.Abstractions;

/// <summary>Runs a unit of work in one database transaction, retrying it whole on transient failures.</summary>
public interface ITransactionRunner
{
    Task<TResult> RunAsync<TResult>(Func<CancellationToken, Task<TResult>> work, CancellationToken cancellationToken);
}
