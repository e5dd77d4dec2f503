namespace AfterSales.Domain.Returns;

/// <summary>
/// RX-3: one item booked into the warehouse (the returned item) or out of it (the replacement) when a return or exchange
/// completes; the Warehouse lists them.
/// </summary>
public sealed class StockMovement
{
    private StockMovement()
    {
        Model = null!;
        SerialNumber = null!;
    }

    internal StockMovement(StockDirection direction, Guid equipmentId, string model, string serialNumber, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        Direction = direction;
        EquipmentId = equipmentId;
        Model = model;
        SerialNumber = serialNumber;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid ReturnRequestId { get; private set; }

    public StockDirection Direction { get; private set; }

    /// <summary>The item on the customer card: the returned one, or the replacement added to the card.</summary>
    public Guid EquipmentId { get; private set; }

    public string Model { get; private set; }

    public string SerialNumber { get; private set; }

    public DateTimeOffset At { get; private set; }
}
