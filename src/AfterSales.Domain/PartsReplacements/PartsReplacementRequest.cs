using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.Shipping;

namespace AfterSales.Domain.PartsReplacements;

/// <summary>
/// PS-1: a part missing or broken on equipment delivered to a customer, or a part the customer fits themselves. Two
/// clocks run from the request on the work orders' clock machinery (WO-6, WO-8): a named person responds with the plan
/// within 24 hours, and the part is shipped (PR-3) within 48, public holidays not counted [PartsShipping].
/// </summary>
public sealed class PartsReplacementRequest : AggregateRoot
{
    public const int PlanMaxLength = 2000;
    public const int DescriptionMaxLength = 2000;

    /// <summary>The field the store maps the clocks through.</summary>
    public const string ClocksField = nameof(_clocks);

    // Kept in a list as a work order keeps its clocks, so the sweeper and SlaStanding treat all of them alike.
    private readonly List<SlaClock> _clocks = [];

    private PartsReplacementRequest()
        : base(Guid.Empty)
    {
        Number = null!;
        Part = null!;
        Description = null!;
        RegisteredBy = null!;
    }

    private PartsReplacementRequest(Guid id)
        : base(id)
    {
        Number = null!;
        Part = null!;
        Description = null!;
        RegisteredBy = null!;
    }

    /// <summary>The readable number, <c>PS-2026-000001</c>.</summary>
    public string Number { get; private set; }

    public ReplacementStatus Status { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>The machine on the customer's card the part is for.</summary>
    public Guid EquipmentId { get; private set; }

    public RequestedPart Part { get; private set; }

    public ReplacementReason Reason { get; private set; }

    /// <summary>What the customer said: what is missing or broken, or what they will fit.</summary>
    public string Description { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public string RegisteredBy { get; private set; }

    /// <summary>PS-1: the named person who took the request.</summary>
    public string? ResponsiblePerson { get; private set; }

    /// <summary>PS-1: the plan told to the customer.</summary>
    public string? Plan { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    /// <summary>PR-3: the shipment that carried the part.</summary>
    public Guid? ShipmentId { get; private set; }

    public DateTimeOffset? ShippedAt { get; private set; }

    /// <summary>PS-1: due 24 calendar hours after the request, holidays not counted [PartsShipping:RespondHours].</summary>
    public SlaClock Response => Clock(SlaClockName.ReplacementResponse);

    /// <summary>PS-1: due 48 calendar hours after the request, holidays not counted [PartsShipping:ShipHours].</summary>
    public SlaClock Shipping => Clock(SlaClockName.ReplacementShipment);

    public IReadOnlyList<SlaClock> Clocks => _clocks;

    /// <summary>The earliest deadline a running clock can still miss, kept so the sweeper and the at-risk list find the request by index (WO-8).</summary>
    public DateTimeOffset? NextClockDeadline { get; private set; }

    /// <summary>The worst state of the two clocks, kept for the breached list.</summary>
    public SlaState WorstClockState { get; private set; } = SlaState.NotApplicable;

    /// <summary>
    /// PS-1: registers the request for <paramref name="equipmentId"/> on <paramref name="customer"/>'s card, made at
    /// <paramref name="requestedAt"/> (a time a little ahead of the server's clock is taken as now). Both clocks start
    /// then; a backdated request may already be late.
    /// </summary>
    public static PartsReplacementRequest Register(
        string number,
        Customer customer,
        Guid equipmentId,
        RequestedPart part,
        ReplacementReason reason,
        string description,
        DateTimeOffset requestedAt,
        string registeredBy,
        PartsShippingPolicy policy,
        TimeProvider clock)
    {
        if (customer.Equipment.All(equipment => equipment.Id != equipmentId))
        {
            throw new InvalidInputException("equipmentId", "PS-1: the equipment must be on the customer's card.");
        }

        var now = clock.GetUtcNow();
        requestedAt = requestedAt.ToUniversalTime() > now ? now : requestedAt.ToUniversalTime();
        var request = new PartsReplacementRequest(Guid.CreateVersion7())
        {
            Number = Require.Text(number, 20),
            Status = ReplacementStatus.Open,
            CustomerId = customer.Id,
            EquipmentId = equipmentId,
            Part = new RequestedPart(
                Require.Text(part.PartNumber, 50, "part.partNumber"),
                Require.Text(part.Name, 200, "part.name"),
                Require.Between(part.Quantity, 1, 10_000, "PS-1: the quantity is 1 to 10000.", "part.quantity")),
            Reason = Require.Defined(reason),
            Description = Require.Text(description, DescriptionMaxLength),
            RequestedAt = requestedAt,
            RegisteredBy = Require.Text(registeredBy, 100),
        };
        request.StartClock(SlaClockName.ReplacementResponse, policy.RespondBy(requestedAt));
        request.StartClock(SlaClockName.ReplacementShipment, policy.ShipBy(requestedAt));
        request.Raise(new PartsReplacementRegistered(request.Id, request.Number, now));
        request.DetectBreaches(now);
        return request;
    }

    /// <summary>PS-1: <paramref name="responsiblePerson"/> takes the request and has told the customer <paramref name="plan"/>; stops the response clock.</summary>
    public void Respond(string responsiblePerson, string plan, TimeProvider clock)
    {
        Ensure(ReplacementAction.Respond);
        var now = clock.GetUtcNow();
        ResponsiblePerson = Require.Text(responsiblePerson, 100);
        Plan = Require.Text(plan, PlanMaxLength);
        RespondedAt = now;
        Status = ReplacementStatus.Responded;
        StopClock(Response, now);
        Raise(new PartsReplacementResponded(Id, ResponsiblePerson, now));
    }

    /// <summary>
    /// PR-3, PS-1: the Warehouse books the part out to <paramref name="carrier"/> under <paramref name="trackingNumber"/>,
    /// shipped on <paramref name="shippedOn"/> (from the request's day to today); recording it stops the ship clock.
    /// </summary>
    public Shipment Ship(string carrier, string trackingNumber, DateOnly shippedOn, string bookedOutBy, PartsShippingPolicy policy, TimeProvider clock)
    {
        Ensure(ReplacementAction.Ship);
        var now = clock.GetUtcNow();
        var shipment = Shipment.BookOut(
            ShipmentFor.PartsReplacement,
            Id,
            Number,
            carrier,
            trackingNumber,
            shippedOn,
            policy.Calendar.LocalDate(RequestedAt),
            policy.Calendar.LocalDate(now),
            bookedOutBy,
            now);
        ShipmentId = shipment.Id;
        ShippedAt = now;
        Status = ReplacementStatus.Shipped;
        StopClock(Shipping, now);
        Raise(new PartsReplacementShipped(Id, shipment.Id, now));
        return shipment;
    }

    /// <summary>PS-1, WO-8: a clock not stopped by its deadline is breached, once (the sweeper calls this).</summary>
    public void DetectBreaches(DateTimeOffset now)
    {
        foreach (var clock in _clocks.Where(clock => clock.JudgeLate(now)))
        {
            Raise(new PartsReplacementClockBreached(Id, Number, clock.Name, clock.Deadline!.Value, now));
        }

        ReviewClocks();
    }

    private SlaClock Clock(SlaClockName name) => _clocks.Single(clock => clock.Name == name);

    private void StartClock(SlaClockName name, DateTimeOffset deadline)
    {
        // Office clocks: the stop is recorded at the desk or the warehouse, so there is no sync grace (WO-17).
        var clock = new SlaClock(name);
        clock.Start(RequestedAt, deadline, TimeSpan.Zero);
        _clocks.Add(clock);
    }

    private void StopClock(SlaClock clock, DateTimeOffset at)
    {
        if (clock.Stop(at))
        {
            Raise(new PartsReplacementClockBreached(Id, Number, clock.Name, clock.Deadline!.Value, at));
        }

        ReviewClocks();
    }

    private void ReviewClocks() => (NextClockDeadline, WorstClockState) = SlaStanding.Of(_clocks);

    private void Ensure(ReplacementAction action) => PartsReplacementLifecycle.Ensure(this, action);
}
