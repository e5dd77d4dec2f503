using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Time;
using AfterSales.Domain.Customers;
using AfterSales.Domain.WorkOrders;
using Dapper;

namespace AfterSales.Application.WorkOrders.Get;

/// <summary>
/// The read side of a work order (issue 18): its representation read with SQL, the order's row and the rows of each
/// of its parts in one round trip, with no aggregate loaded and no change tracking. The figures the domain computes
/// (a part's charge and deposit, the fee, the balance, unremitted cash) come from <see cref="WorkOrderMoney"/>, as
/// on the aggregate; a test holds the two representations equal byte for byte.
/// </summary>
public sealed class WorkOrderReader(IReadDatabase reads, CompanyCalendar calendar)
{
    private const string Sql = """
        SELECT o.id, o.number, o.status, o.channel, o.customer_id AS CustomerId, o.equipment_id AS EquipmentId, o.zone,
               o.priority, o.service_type AS ServiceType, o.technician_id AS TechnicianId, o.team,
               o.method, o.received_at AS ReceivedAt, o.problem_description AS ProblemDescription,
               o.appointment_start AS AppointmentStart, o.appointment_end AS AppointmentEnd,
               o.appointment_reconfirmed_at AS AppointmentReconfirmedAt,
               o.arrived_at AS ArrivedAt, o.late_arrival AS LateArrival, o.started_at AS StartedAt,
               o.workshop_receipt_number AS WorkshopReceiptNumber, o.workshop_condition AS WorkshopCondition,
               o.workshop_accessories_left_with_customer AS WorkshopAccessoriesLeftWithCustomer,
               o.workshop_promised_return_on AS WorkshopPromisedReturnOn, o.workshop_loaner_given AS WorkshopLoanerGiven,
               o.workshop_taken_at AS WorkshopTakenAt, o.workshop_returned_at AS WorkshopReturnedAt,
               o.workshop_return_signed_by AS WorkshopReturnSignedBy, o.workshop_receipt_voided_at AS WorkshopReceiptVoidedAt,
               o.workshop_inspection_passed AS WorkshopInspectionPassed, o.workshop_inspection_note AS WorkshopInspectionNote,
               o.workshop_inspected_by AS WorkshopInspectedBy, o.workshop_inspected_at AS WorkshopInspectedAt,
               o.resolution_summary AS ResolutionSummary, o.sign_off_name AS SignOffName, o.sign_off_at AS SignOffAt,
               o.sign_off_signature_file_id AS SignOffSignatureFileId,
               o.resolved_at AS ResolvedAt, o.closed_at AS ClosedAt, o.cancelled_at AS CancelledAt,
               o.cancel_reason AS CancelReason, o.reopen_count AS ReopenCount, o.promised_resolution_at AS PromisedResolutionAt,
               o.salesperson_heard_at AS SalespersonHeardAt, o.forwarded_late AS ForwardedLate, o.inquiry_id AS InquiryId, o.refund_owed AS RefundOwed, o.xmin AS Version
        FROM aftersales.work_orders o WHERE o.id = @id;
        SELECT technician_id AS TechnicianId, assigned_at AS AssignedAt, assigned_by AS AssignedBy, reason
        FROM aftersales.work_order_assignments WHERE work_order_id = @id ORDER BY id;
        SELECT id, technician_id AS TechnicianId, started_at AS StartedAt, minutes, kind
        FROM aftersales.time_entries WHERE work_order_id = @id ORDER BY id;
        SELECT id, file_id AS FileId, caption, added_by AS AddedBy, added_at AS AddedAt
        FROM aftersales.work_order_photos WHERE work_order_id = @id ORDER BY id;
        SELECT satisfied, survey_attitude AS Attitude, survey_skill AS Skill, survey_punctuality AS Punctuality,
               survey_promise_keeping AS PromiseKeeping, comments, recorded_by AS RecordedBy, recorded_at AS RecordedAt
        FROM aftersales.follow_ups WHERE work_order_id = @id ORDER BY recorded_at DESC, id DESC LIMIT 1;
        SELECT id, part_number AS PartNumber, name, quantity, unit_price AS UnitPrice, list_price AS ListPrice,
               price_reason AS PriceReason, has_recovery_value AS HasRecoveryValue, customer_caused AS CustomerCaused,
               chargeable, status, old_part AS OldPart, waiver_reason AS WaiverReason, requested_by AS RequestedBy,
               requested_at AS RequestedAt, approved_by AS ApprovedBy, approved_at AS ApprovedAt,
               director_approved_by AS DirectorApprovedBy, director_approved_at AS DirectorApprovedAt, issued_by AS IssuedBy,
               issued_at AS IssuedAt, fitted_by AS FittedBy, fitted_at AS FittedAt, serial_number AS SerialNumber,
               booked_back_by AS BookedBackBy, booked_back_at AS BookedBackAt,
               old_part_recorded_by AS OldPartRecordedBy, old_part_recorded_at AS OldPartRecordedAt
        FROM aftersales.work_order_parts WHERE work_order_id = @id ORDER BY id;
        SELECT id, amount, method, collected_by AS CollectedBy, received_at AS ReceivedAt, received_on AS ReceivedOn, recorded_by AS RecordedBy,
               remitted_at AS RemittedAt, remitted_by AS RemittedBy
        FROM aftersales.payments WHERE work_order_id = @id ORDER BY id;
        SELECT step, at, received_at AS ReceivedAt
        FROM aftersales.work_order_field_steps WHERE work_order_id = @id ORDER BY sequence;
        SELECT promised_resolution_at AS PromisedResolutionAt, note, recorded_by AS RecordedBy, recorded_at AS RecordedAt
        FROM aftersales.work_order_promises WHERE work_order_id = @id ORDER BY recorded_at, id;
        SELECT previous_start AS PreviousStart, previous_end AS PreviousEnd, start, "end", reason,
               customer_told_at AS CustomerToldAt, told_late AS ToldLate, moved_at AS MovedAt
        FROM aftersales.work_order_visit_moves WHERE work_order_id = @id ORDER BY moved_at, id;
        SELECT number, status, priced_on AS PricedOn, discount_percent AS DiscountPercent, discount_reason AS DiscountReason,
               discount_needs_approval AS DiscountNeedsApproval, discount_approved_by AS DiscountApprovedBy,
               discount_approved_at AS DiscountApprovedAt, technician_id AS TechnicianId, proposed_by AS ProposedBy,
               proposed_at AS ProposedAt, accepted_by AS AcceptedBy, accepted_at AS AcceptedAt
        FROM aftersales.work_order_quotes WHERE work_order_id = @id ORDER BY number;
        SELECT q.number AS QuoteNumber, l."Kind" AS Kind, l."Code" AS Code, l."Name" AS Name, l."Quantity" AS Quantity,
               l."ListPrice" AS ListPrice, l."UnitPrice" AS UnitPrice, l."PriceReason" AS PriceReason, l."Amount" AS Amount
        FROM aftersales.work_order_quotes q
        CROSS JOIN LATERAL ROWS FROM (jsonb_to_recordset(q.lines)
            AS ("Kind" text, "Code" text, "Name" text, "Quantity" numeric, "ListPrice" numeric, "UnitPrice" numeric,
                "PriceReason" text, "Amount" numeric)) WITH ORDINALITY AS l
        WHERE q.work_order_id = @id ORDER BY q.number, l.ordinality;
        SELECT id, amount, method, reference, refunded_at AS RefundedAt, refunded_on AS RefundedOn, recorded_by AS RecordedBy
        FROM aftersales.work_order_refunds WHERE work_order_id = @id ORDER BY refunded_at, id;
        """;

    /// <summary>The order's representation without the caller's actions, or null when there is no such order.</summary>
    public Task<WorkOrderResponse?> ReadAsync(Guid id, CancellationToken cancellationToken) =>
        reads.ReadAsync(
            async connection =>
            {
                await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Sql, new { id }, cancellationToken: cancellationToken));
                var order = await results.ReadSingleOrDefaultAsync<OrderRow>();
                if (order is null)
                {
                    return null;
                }

                var assignments = (await results.ReadAsync<AssignmentRow>()).Select(row => row.ToResponse()).ToList();
                var timeEntries = (await results.ReadAsync<TimeEntryRow>()).Select(row => row.ToResponse()).ToList();
                var photos = (await results.ReadAsync<PhotoRow>()).Select(row => row.ToResponse()).ToList();
                var followUp = (await results.ReadSingleOrDefaultAsync<FollowUpRow>())?.ToResponse();
                var parts = (await results.ReadAsync<PartRow>()).Select(row => row.ToResponse()).ToList();
                var today = calendar.Today;
                var payments = (await results.ReadAsync<PaymentRow>()).Select(row => row.ToResponse(today)).ToList();
                var fieldSteps = (await results.ReadAsync<FieldStepRow>()).Select(row => new FieldStepResponse(row.Step, row.At, row.ReceivedAt)).ToList();
                var promises = (await results.ReadAsync<PromiseRow>()).Select(row => new PromiseResponse(row.PromisedResolutionAt, row.Note, row.RecordedBy, row.RecordedAt)).ToList();
                var visitMoves = (await results.ReadAsync<VisitMoveResponse>()).ToList();
                var quoteRows = (await results.ReadAsync<QuoteRow>()).ToList();
                var lines = (await results.ReadAsync<QuoteLineRow>()).ToLookup(line => line.QuoteNumber, line => line.ToResponse());
                var quotes = quoteRows.Select(row => row.ToResponse(lines[row.Number].ToList())).ToList();
                var refunds = (await results.ReadAsync<RefundRow>()).Select(row => row.ToResponse()).ToList();
                return order.ToResponse(assignments, timeEntries, photos, followUp, parts, payments, quotes, refunds) with
                {
                    Refunds = refunds,
                    Refunded = Domain.Common.Money.Sum(refunds.Select(refund => refund.Amount)),
                    RefundOwed = order.RefundOwed,
                    Quotes = quotes,
                    FieldSteps = fieldSteps,
                    PromisedResolutionAt = order.PromisedResolutionAt,
                    Promises = promises,
                    VisitMoves = visitMoves,
                    InquiryId = order.InquiryId,
                    SalespersonForward = order.SalespersonHeardAt is { } heardAt ? new SalespersonForwardResponse(heardAt, order.ForwardedLate) : null,
                };
            },
            cancellationToken);

    /// <summary>The ids of a technician's open orders (<c>@technician</c>), oldest first: the field app's working set (WO-21, X-8).</summary>
    public const string OpenOrderIdsOfTechnician = """
        SELECT id FROM aftersales.work_orders
        WHERE technician_id = @technician AND status NOT IN ('Closed', 'Cancelled') ORDER BY received_at, number;
        """;

    /// <summary>
    /// Those of <paramref name="ids"/> still assigned to <paramref name="technicianId"/>, in the order given, without the
    /// caller's actions: a technician's working set for the field app (WO-21, X-8). One by one, as a single read reads
    /// each: a technician holds a day's worth of orders.
    /// </summary>
    public async Task<IReadOnlyList<WorkOrderResponse>> ReadAssignedAsync(IEnumerable<Guid> ids, Guid technicianId, CancellationToken cancellationToken)
    {
        var orders = new List<WorkOrderResponse>();
        foreach (var id in ids)
        {
            if (await ReadAsync(id, cancellationToken) is { } order && order.TechnicianId == technicianId)
            {
                orders.Add(order);
            }
        }

        return orders;
    }

    private sealed record PromiseRow(DateTimeOffset PromisedResolutionAt, string? Note, string RecordedBy, DateTimeOffset RecordedAt);

    private sealed record OrderRow
    {
        public Guid Id { get; init; }

        public required string Number { get; init; }

        public WorkOrderStatus Status { get; init; }

        public Channel Channel { get; init; }

        public Guid CustomerId { get; init; }

        public Guid EquipmentId { get; init; }

        public Zone Zone { get; init; }

        public Priority Priority { get; init; }

        public ServiceType ServiceType { get; init; }

        public Guid? TechnicianId { get; init; }

        public string? Team { get; init; }

        public ResolutionMethod? Method { get; init; }

        public DateTimeOffset ReceivedAt { get; init; }

        public required string ProblemDescription { get; init; }

        public DateTimeOffset? AppointmentStart { get; init; }

        public DateTimeOffset? AppointmentEnd { get; init; }

        public DateTimeOffset? AppointmentReconfirmedAt { get; init; }

        public DateTimeOffset? ArrivedAt { get; init; }

        public bool LateArrival { get; init; }

        public DateTimeOffset? StartedAt { get; init; }

        public string? WorkshopReceiptNumber { get; init; }

        public string? WorkshopCondition { get; init; }

        public string? WorkshopAccessoriesLeftWithCustomer { get; init; }

        public DateOnly? WorkshopPromisedReturnOn { get; init; }

        public bool? WorkshopLoanerGiven { get; init; }

        public DateTimeOffset? WorkshopTakenAt { get; init; }

        public DateTimeOffset? WorkshopReturnedAt { get; init; }

        public string? WorkshopReturnSignedBy { get; init; }

        public DateTimeOffset? WorkshopReceiptVoidedAt { get; init; }

        public bool? WorkshopInspectionPassed { get; init; }

        public string? WorkshopInspectionNote { get; init; }

        public string? WorkshopInspectedBy { get; init; }

        public DateTimeOffset? WorkshopInspectedAt { get; init; }

        public string? ResolutionSummary { get; init; }

        public string? SignOffName { get; init; }

        public DateTimeOffset? SignOffAt { get; init; }

        public Guid? SignOffSignatureFileId { get; init; }

        public DateTimeOffset? ResolvedAt { get; init; }

        public DateTimeOffset? ClosedAt { get; init; }

        public DateTimeOffset? CancelledAt { get; init; }

        public string? CancelReason { get; init; }

        public int ReopenCount { get; init; }

        public DateTimeOffset? PromisedResolutionAt { get; init; }

        public DateTimeOffset? SalespersonHeardAt { get; init; }

        public bool ForwardedLate { get; init; }

        public Guid? InquiryId { get; init; }

        public decimal RefundOwed { get; init; }

        public uint Version { get; init; }

        public WorkOrderResponse ToResponse(
            IReadOnlyList<AssignmentResponse> assignments,
            IReadOnlyList<TimeEntryResponse> timeEntries,
            IReadOnlyList<PhotoResponse> photos,
            FollowUpResponse? followUp,
            IReadOnlyList<PartResponse> parts,
            IReadOnlyList<PaymentResponse> payments,
            IReadOnlyList<QuoteResponse> quotes,
            IReadOnlyList<RefundResponse> refunds)
        {
            var quote = quotes.SingleOrDefault(candidate => candidate.Status == QuoteStatus.Accepted);
            var coverage = WorkOrderMoney.Coverage(
                parts.Select(part => new ChargedPart(part.Id, part.PartNumber, part.Quantity, WorkOrderMoney.Charge(part.Status, part.Chargeable, part.Total), part.IssuedAt)),
                quote?.Lines.Where(line => line.Kind == QuoteLineKind.Part).Select(line => new QuotedPart(line.Code, (int)line.Quantity)) ?? []);
            var fee = WorkOrderMoney.Fee(quote?.Labour ?? Domain.Common.Money.Zero, coverage.Billed, quote?.DiscountPercent ?? Domain.Common.Money.Zero);
            var paid = Domain.Common.Money.Sum(payments.Select(payment => payment.Amount));
            var depositsHeld = Domain.Common.Money.Sum(parts.Select(part => part.Deposit));
            var refunded = Domain.Common.Money.Sum(refunds.Select(refund => refund.Amount));
            return new WorkOrderResponse(
                Id,
                Number,
                Status,
                Channel,
                CustomerId,
                EquipmentId,
                Zone,
                Priority,
                ServiceType,
                TechnicianId,
                Team,
                Method,
                ReceivedAt,
                ProblemDescription,
                AppointmentStart is { } start && AppointmentEnd is { } end ? new AppointmentResponse(start, end, AppointmentReconfirmedAt) : null,
                ArrivedAt,
                LateArrival,
                StartedAt,
                quote,
                WorkshopReceiptNumber is { } receipt
                    ? new WorkshopResponse(
                        receipt,
                        WorkshopCondition!,
                        WorkshopAccessoriesLeftWithCustomer!,
                        WorkshopPromisedReturnOn!.Value,
                        WorkshopLoanerGiven!.Value,
                        WorkshopTakenAt!.Value,
                        WorkshopReturnedAt,
                        WorkshopReturnSignedBy,
                        WorkshopReceiptVoidedAt,
                        WorkshopInspectionPassed,
                        WorkshopInspectionNote,
                        WorkshopInspectedBy,
                        WorkshopInspectedAt)
                    : null,
                ResolutionSummary,
                SignOffName is { } signedBy && SignOffAt is { } signedAt ? new SignOffResponse(signedBy, signedAt, SignOffSignatureFileId) : null,
                ResolvedAt,
                ClosedAt,
                CancelledAt,
                CancelReason,
                ReopenCount,
                assignments,
                timeEntries,
                photos,
                followUp,
                parts,
                payments,
                fee,
                paid,
                WorkOrderMoney.Balance(fee, depositsHeld, paid, refunded),
                depositsHeld,
                Version);
        }
    }

    private sealed record FieldStepRow
    {
        public FieldStepKind Step { get; init; }

        public DateTimeOffset At { get; init; }

        public DateTimeOffset ReceivedAt { get; init; }
    }

    private sealed record AssignmentRow
    {
        public Guid TechnicianId { get; init; }

        public DateTimeOffset AssignedAt { get; init; }

        public required string AssignedBy { get; init; }

        public string? Reason { get; init; }

        public AssignmentResponse ToResponse() => new(TechnicianId, AssignedAt, AssignedBy, Reason);
    }

    private sealed record TimeEntryRow
    {
        public Guid Id { get; init; }

        public Guid TechnicianId { get; init; }

        public DateTimeOffset StartedAt { get; init; }

        public int Minutes { get; init; }

        public TimeEntryKind Kind { get; init; }

        public TimeEntryResponse ToResponse() => new(Id, TechnicianId, StartedAt, Minutes, Kind);
    }

    private sealed record PhotoRow
    {
        public Guid Id { get; init; }

        public Guid FileId { get; init; }

        public string? Caption { get; init; }

        public required string AddedBy { get; init; }

        public DateTimeOffset AddedAt { get; init; }

        public PhotoResponse ToResponse() => new(Id, FileId, Caption, AddedBy, AddedAt);
    }

    private sealed record FollowUpRow
    {
        public bool Satisfied { get; init; }

        public int Attitude { get; init; }

        public int Skill { get; init; }

        public int Punctuality { get; init; }

        public int PromiseKeeping { get; init; }

        public string? Comments { get; init; }

        public required string RecordedBy { get; init; }

        public DateTimeOffset RecordedAt { get; init; }

        public FollowUpResponse ToResponse() =>
            new(Satisfied, new SurveyResponse(Attitude, Skill, Punctuality, PromiseKeeping), Comments, RecordedBy, RecordedAt);
    }

    private sealed record PartRow
    {
        public Guid Id { get; init; }

        public required string PartNumber { get; init; }

        public required string Name { get; init; }

        public int Quantity { get; init; }

        public decimal UnitPrice { get; init; }

        public decimal? ListPrice { get; init; }

        public string? PriceReason { get; init; }

        public bool HasRecoveryValue { get; init; }

        public bool CustomerCaused { get; init; }

        public bool Chargeable { get; init; }

        public PartStatus Status { get; init; }

        public OldPartState OldPart { get; init; }

        public string? WaiverReason { get; init; }

        public required string RequestedBy { get; init; }

        public DateTimeOffset RequestedAt { get; init; }

        public string? ApprovedBy { get; init; }

        public DateTimeOffset? ApprovedAt { get; init; }

        public string? DirectorApprovedBy { get; init; }

        public DateTimeOffset? DirectorApprovedAt { get; init; }

        public string? IssuedBy { get; init; }

        public DateTimeOffset? IssuedAt { get; init; }

        public string? FittedBy { get; init; }

        public DateTimeOffset? FittedAt { get; init; }

        public string? SerialNumber { get; init; }

        public string? BookedBackBy { get; init; }

        public DateTimeOffset? BookedBackAt { get; init; }

        public string? OldPartRecordedBy { get; init; }

        public DateTimeOffset? OldPartRecordedAt { get; init; }

        public PartResponse ToResponse()
        {
            var total = WorkOrderMoney.PartTotal(Quantity, UnitPrice);
            return new PartResponse(
                Id,
                PartNumber,
                Name,
                Quantity,
                UnitPrice,
                ListPrice,
                PriceReason,
                HasRecoveryValue,
                total,
                CustomerCaused,
                Chargeable,
                Status,
                OldPart,
                WorkOrderMoney.Deposit(Status, OldPart, total),
                WaiverReason,
                RequestedBy,
                RequestedAt,
                ApprovedBy,
                ApprovedAt,
                DirectorApprovedBy,
                DirectorApprovedAt,
                IssuedBy,
                IssuedAt,
                FittedBy,
                FittedAt,
                SerialNumber,
                BookedBackBy,
                BookedBackAt,
                OldPartRecordedBy,
                OldPartRecordedAt);
        }
    }

    private sealed record QuoteRow
    {
        public int Number { get; init; }

        public QuoteStatus Status { get; init; }

        public DateOnly PricedOn { get; init; }

        public decimal DiscountPercent { get; init; }

        public string? DiscountReason { get; init; }

        public bool DiscountNeedsApproval { get; init; }

        public string? DiscountApprovedBy { get; init; }

        public DateTimeOffset? DiscountApprovedAt { get; init; }

        public Guid TechnicianId { get; init; }

        public required string ProposedBy { get; init; }

        public DateTimeOffset ProposedAt { get; init; }

        public string? AcceptedBy { get; init; }

        public DateTimeOffset? AcceptedAt { get; init; }

        public QuoteResponse ToResponse(IReadOnlyList<QuoteLineResponse> lines)
        {
            var labour = Domain.Common.Money.Sum(lines.Where(line => line.Kind == QuoteLineKind.Labour).Select(line => line.Amount));
            var parts = Domain.Common.Money.Sum(lines.Where(line => line.Kind == QuoteLineKind.Part).Select(line => line.Amount));
            return new QuoteResponse(
                Number,
                Status,
                PricedOn,
                lines,
                labour,
                parts,
                DiscountPercent,
                DiscountReason,
                WorkOrderMoney.Discount(labour + parts, DiscountPercent),
                WorkOrderMoney.QuoteTotal(labour, parts, DiscountPercent),
                DiscountNeedsApproval,
                DiscountApprovedBy,
                DiscountApprovedAt,
                TechnicianId,
                ProposedBy,
                ProposedAt,
                AcceptedBy,
                AcceptedAt);
        }
    }

    private sealed record QuoteLineRow
    {
        public int QuoteNumber { get; init; }

        public QuoteLineKind Kind { get; init; }

        public required string Code { get; init; }

        public required string Name { get; init; }

        public decimal Quantity { get; init; }

        public decimal ListPrice { get; init; }

        public decimal UnitPrice { get; init; }

        public string? PriceReason { get; init; }

        public decimal Amount { get; init; }

        public QuoteLineResponse ToResponse() => new(Kind, Code, Name, Quantity, ListPrice, UnitPrice, PriceReason, Amount);
    }

    private sealed record PaymentRow
    {
        public Guid Id { get; init; }

        public decimal Amount { get; init; }

        public PaymentMethod Method { get; init; }

        public Guid? CollectedBy { get; init; }

        public DateTimeOffset ReceivedAt { get; init; }

        public DateOnly ReceivedOn { get; init; }

        public required string RecordedBy { get; init; }

        public DateTimeOffset? RemittedAt { get; init; }

        public string? RemittedBy { get; init; }

        public PaymentResponse ToResponse(DateOnly today) =>
            new(Id, Amount, Method, CollectedBy, ReceivedAt, RecordedBy, RemittedAt, RemittedBy, WorkOrderMoney.IsUnremitted(Method, RemittedAt, ReceivedOn, today));
    }

    private sealed record RefundRow
    {
        public Guid Id { get; init; }

        public decimal Amount { get; init; }

        public PaymentMethod Method { get; init; }

        public string? Reference { get; init; }

        public DateTimeOffset RefundedAt { get; init; }

        public DateOnly RefundedOn { get; init; }

        public required string RecordedBy { get; init; }

        public RefundResponse ToResponse() => new(Id, Amount, Method, Reference, RefundedAt, RefundedOn, RecordedBy);
    }
}
