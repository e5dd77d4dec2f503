using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Customers;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Inquiries;

/// <summary>
/// IQ-1: a question (price, availability, how-to), not a fault, from a customer on file or a caller. Its first response
/// is timed on the same clock as a work order's promises, an office clock breached at its deadline (WO-17, WO-8). It
/// ends answered, or turned into a work order or a complaint that keeps the link back to it.
/// </summary>
public sealed class Inquiry : AggregateRoot
{
    public const int QuestionMaxLength = 4000;
    public const int NoteMaxLength = 1000;
    public const int AnswerMaxLength = 4000;

    /// <summary>The field the store maps the clocks through.</summary>
    public const string ClocksField = nameof(_clocks);

    // One clock, kept in a list as a work order keeps its clocks, so the sweeper and SlaStanding treat both alike.
    private readonly List<SlaClock> _clocks = [];
    private readonly List<InquiryReply> _replies = [];

    private Inquiry()
        : base(Guid.Empty)
    {
        Number = null!;
        Question = null!;
        RegisteredBy = null!;
    }

    private Inquiry(Guid id)
        : base(id)
    {
        Number = null!;
        Question = null!;
        RegisteredBy = null!;
    }

    /// <summary>The readable number, <c>IQ-2026-000001</c>.</summary>
    public string Number { get; private set; }

    public InquiryStatus Status { get; private set; }

    public Channel Channel { get; private set; }

    public InquiryKind Kind { get; private set; }

    /// <summary>The customer on file who asked, or null when a <see cref="Caller"/> asked.</summary>
    public Guid? CustomerId { get; private set; }

    public Caller? Caller { get; private set; }

    public string Question { get; private set; }

    /// <summary>IQ-1: when the caller was promised a reply.</summary>
    public DateTimeOffset PromisedReplyBy { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public string RegisteredBy { get; private set; }

    public IReadOnlyCollection<InquiryReply> Replies => _replies;

    public string? Answer { get; private set; }

    public string? AnsweredBy { get; private set; }

    public Guid? WorkOrderId { get; private set; }

    public string? WorkOrderNumber { get; private set; }

    public Guid? ComplaintId { get; private set; }

    public string? ComplaintNumber { get; private set; }

    /// <summary>Answered or converted.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>IQ-1: due 30 working minutes after receipt by phone or walk-in, 2 working hours by e-mail or web [Sla:Inquiry].</summary>
    public SlaClock FirstResponse => _clocks.Single();

    /// <summary>The first response's deadline while it can still be missed, kept so the sweeper finds the inquiry by index (WO-8).</summary>
    public DateTimeOffset? NextClockDeadline { get; private set; }

    /// <summary>The first-response clock's state, kept for the list of late first responses.</summary>
    public SlaState WorstClockState { get; private set; } = SlaState.NotApplicable;

    /// <summary>IQ-1: the first response came after its deadline (breached), or has not come and its deadline has passed (not swept yet).</summary>
    public bool IsFirstResponseLate(DateTimeOffset now) => WorstClockState == SlaState.Breached || NextClockDeadline < now;

    /// <summary>
    /// IQ-1: registers a question from a customer on file or a caller (exactly one), received at <paramref name="receivedAt"/>
    /// (a time a little ahead of the server's clock is taken as now), with the reply time promised to the caller. The
    /// first-response clock starts at receipt; a backdated inquiry may already be late.
    /// </summary>
    public static Inquiry Register(
        string number,
        Channel channel,
        Customer? customer,
        Caller? caller,
        InquiryKind kind,
        string question,
        DateTimeOffset promisedReplyBy,
        DateTimeOffset receivedAt,
        string registeredBy,
        InquiryPolicy policy,
        TimeProvider clock)
    {
        if ((customer is null) == (caller is null))
        {
            throw new InvalidInputException("customerId", "Give either customerId or caller.");
        }

        var now = clock.GetUtcNow();
        receivedAt = receivedAt.ToUniversalTime() > now ? now : receivedAt.ToUniversalTime();
        promisedReplyBy = promisedReplyBy.ToUniversalTime();
        if (promisedReplyBy <= receivedAt)
        {
            throw new BusinessRuleViolationException("IQ-1", "the reply promised to the caller must lie after the inquiry was received");
        }

        var inquiry = new Inquiry(Guid.CreateVersion7())
        {
            Number = Require.Text(number, 20),
            Status = InquiryStatus.Open,
            Channel = Require.Defined(channel),
            Kind = Require.Defined(kind),
            CustomerId = customer?.Id,
            Caller = caller is null ? null : new Caller(Require.Text(caller.Name, 200, "caller.name"), Require.Text(caller.Phone, 30, "caller.phone")),
            Question = Require.Text(question, QuestionMaxLength),
            PromisedReplyBy = promisedReplyBy,
            ReceivedAt = receivedAt,
            RegisteredBy = Require.Text(registeredBy, 100),
        };
        var firstResponse = new SlaClock(SlaClockName.FirstResponse);
        firstResponse.Start(receivedAt, policy.FirstResponseDeadline(inquiry.Channel, receivedAt), TimeSpan.Zero);
        inquiry._clocks.Add(firstResponse);
        inquiry.Raise(new InquiryRegistered(inquiry.Id, inquiry.Number, now));
        inquiry.DetectBreaches(now);
        return inquiry;
    }

    /// <summary>IQ-1: a response to the caller at <paramref name="at"/> (default now); the first stops the first-response clock. The inquiry stays open.</summary>
    public void Respond(string note, string respondedBy, TimeProvider clock, DateTimeOffset? at = null)
    {
        Ensure(InquiryAction.Respond);
        var now = clock.GetUtcNow();
        var respondedAt = ResponseTime(at, now);
        _replies.Add(new InquiryReply(note, respondedAt, respondedBy, now));
        StopClock(respondedAt);
        Raise(new InquiryResponded(Id, respondedAt, now));
    }

    /// <summary>IQ-1: the caller has their answer; closes the inquiry. An answer is a response, so it stops a clock still running.</summary>
    public void AnswerWith(string answer, string answeredBy, TimeProvider clock)
    {
        Ensure(InquiryAction.Answer);
        var now = clock.GetUtcNow();
        Answer = Require.Text(answer, AnswerMaxLength);
        AnsweredBy = Require.Text(answeredBy, 100);
        Close(InquiryStatus.Answered, now);
    }

    /// <summary>
    /// IQ-1: the question was a fault after all; <paramref name="order"/>, just registered for it, is linked both ways.
    /// An inquiry from a customer on file becomes that customer's order. Converting is a response and closes the inquiry.
    /// </summary>
    public void ConvertToWorkOrder(WorkOrder order, TimeProvider clock)
    {
        Ensure(InquiryAction.ConvertToWorkOrder);
        EnsureSameCustomer(order.CustomerId);
        order.OriginateFrom(this);
        WorkOrderId = order.Id;
        WorkOrderNumber = order.Number;
        Close(InquiryStatus.ConvertedToWorkOrder, clock.GetUtcNow());
    }

    /// <summary>IQ-1: the question was a complaint; <paramref name="complaint"/>, just registered for it, is linked both ways. Closes the inquiry.</summary>
    public void ConvertToComplaint(Complaint complaint, TimeProvider clock)
    {
        Ensure(InquiryAction.ConvertToComplaint);
        EnsureSameCustomer(complaint.CustomerId);
        complaint.OriginateFrom(this);
        ComplaintId = complaint.Id;
        ComplaintNumber = complaint.Number;
        Close(InquiryStatus.ConvertedToComplaint, clock.GetUtcNow());
    }

    /// <summary>IQ-1, WO-17, WO-8: a first response not given by its deadline is breached, once (the sweeper calls this).</summary>
    public void DetectBreaches(DateTimeOffset now)
    {
        if (FirstResponse.JudgeLate(now))
        {
            Raise(new InquiryFirstResponseBreached(Id, FirstResponse.Deadline!.Value, now));
        }

        ReviewClocks();
    }

    private DateTimeOffset ResponseTime(DateTimeOffset? at, DateTimeOffset now)
    {
        var respondedAt = (at ?? now).ToUniversalTime();
        if (respondedAt < ReceivedAt)
        {
            throw new InvalidInputException("at", $"IQ-1: a response cannot come before the inquiry was received ({ReceivedAt:yyyy-MM-ddTHH:mm:ssZ}).");
        }

        // The validator allows a client's clock a little ahead of ours; the response cannot be later than now.
        return respondedAt > now ? now : respondedAt;
    }

    private void EnsureSameCustomer(Guid customerId)
    {
        if (CustomerId is { } asked && asked != customerId)
        {
            throw new InvalidInputException("customerId", $"IQ-1: {Number} was asked by another customer; convert it for that customer.");
        }
    }

    private void Close(InquiryStatus status, DateTimeOffset now)
    {
        StopClock(now);
        ClosedAt = now;
        var previous = Status;
        Status = status;
        Raise(new InquiryStatusChanged(Id, previous, status, now));
    }

    private void StopClock(DateTimeOffset at)
    {
        if (FirstResponse.Stop(at))
        {
            Raise(new InquiryFirstResponseBreached(Id, FirstResponse.Deadline!.Value, at));
        }

        ReviewClocks();
    }

    private void ReviewClocks() => (NextClockDeadline, WorstClockState) = SlaStanding.Of(_clocks);

    private void Ensure(InquiryAction action) => InquiryLifecycle.Ensure(this, action);
}
