namespace AfterSales.Domain.Returns;

/// <summary>RX-3: into the warehouse (the returned item) or out of it (the replacement).</summary>
public enum StockDirection
{
    In,
    Out,
}
