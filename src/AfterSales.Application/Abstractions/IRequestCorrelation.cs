namespace AfterSales.Application.Abstractions;

/// <summary>The correlation id of the request being served, as in its logs and problem bodies.</summary>
public interface IRequestCorrelation
{
    /// <summary>Null outside a request (background jobs).</summary>
    string? CorrelationId { get; }
}
