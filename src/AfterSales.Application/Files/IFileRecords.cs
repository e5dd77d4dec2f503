namespace AfterSales.Application.Files;

/// <summary>
/// one kind of record files are attached to (work orders today; fault analyses and travel claims can follow), and
/// who may read its files: whoever may read the record.
/// </summary>
public interface IFileRecords
{
    /// <summary>Null when no record of this kind has the file; otherwise whether the caller may read one of those that do.</summary>
    Task<bool?> CallerMayReadAsync(Guid fileId, CancellationToken cancellationToken);
}
