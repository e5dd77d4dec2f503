namespace AfterSales.Infrastructure.WorkOrders;

/// <summary>
/// How many work orders, inquiries (IQ-1), parts-replacement requests (PS-1) and parts orders (PR-2) one sweep judged a clock of; none when
/// another instance held the lock.
/// </summary>
public sealed record SlaSweepResult(int WorkOrders, int Inquiries, int PartsReplacements, int PartsOrders = 0)
{
    public static readonly SlaSweepResult None = new(0, 0, 0);

    public bool JudgedAny => WorkOrders > 0 || Inquiries > 0 || PartsReplacements > 0 || PartsOrders > 0;

    /// <summary>A full batch of any means more may be waiting.</summary>
    public bool FilledBatch(int batchSize) => WorkOrders == batchSize || Inquiries == batchSize || PartsReplacements == batchSize || PartsOrders == batchSize;
}
