namespace AfterSales.Application.Abstractions;

/// <summary>Runs a unit of work in one database transaction, retrying it whole on transient failures.</summary>
public interface ITransactionRunner
{
    /// <param name="name">What the audit row names as the command: the command's type, or a job's name.</param>
    /// <param name="work">The unit of work.</param>
    /// <param name="cancellationToken">Cancels the unit of work.</param>
    Task<TResult> RunAsync<TResult>(string name, Func<CancellationToken, Task<TResult>> work, CancellationToken cancellationToken);
}
