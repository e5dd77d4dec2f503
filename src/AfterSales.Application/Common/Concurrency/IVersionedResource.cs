namespace AfterSales.Application.Common.Concurrency;

/// <summary>A response for one aggregate; its version becomes the <c>ETag</c>.</summary>
public interface IVersionedResource
{
    uint Version { get; }
}
