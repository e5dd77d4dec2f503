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
               o.quote_labour AS QuoteLabour, o.quote_parts AS QuoteParts, o.quote_accepted_by AS QuoteAcceptedBy,
               o.quote_accepted_at AS QuoteAcceptedAt,
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
               o.salesperson_heard_at AS SalespersonHeardAt, o.forwarded_late AS ForwardedLate, o.inquiry_id AS InquiryId, o.xmin AS Version
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
        SELECT id, part_number AS PartNumber, name, quantity, unit_price AS UnitPrice, customer_caused AS CustomerCaused,
               chargeable, status, old_part AS OldPart, waiver_reason AS WaiverReason, requested_by AS RequestedBy,
               requested_at AS RequestedAt, approved_by AS ApprovedBy, issued_at AS IssuedAt,
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
                return order.ToResponse(assignments, timeEntries, photos, followUp, parts, payments) with
                {
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

        public decimal? QuoteLabour { get; init; }

        public decimal? QuoteParts { get; init; }

        public string? QuoteAcceptedBy { get; init; }

        public DateTimeOffset? QuoteAcceptedAt { get; init; }

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

        public uint Version { get; init; }

        public WorkOrderResponse ToResponse(
            IReadOnlyList<AssignmentResponse> assignments,
            IReadOnlyList<TimeEntryResponse> timeEntries,
            IReadOnlyList<PhotoResponse> photos,
            FollowUpResponse? followUp,
            IReadOnlyList<PartResponse> parts,
            IReadOnlyList<PaymentResponse> payments)
        {
            var fee = WorkOrderMoney.Fee(QuoteLabour, parts.Select(part => WorkOrderMoney.Charge(part.Status, part.Chargeable, part.Total)));
            var paid = Domain.Common.Money.Sum(payments.Select(payment => payment.Amount));
            var depositsHeld = Domain.Common.Money.Sum(parts.Select(part => part.Deposit));
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
                QuoteLabour is { } labour && QuoteParts is { } quotedParts && QuoteAcceptedBy is { } acceptedBy && QuoteAcceptedAt is { } acceptedAt
                    ? new QuoteResponse(labour, quotedParts, WorkOrderMoney.QuoteTotal(labour, quotedParts), acceptedBy, acceptedAt)
                    : null,
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
                WorkOrderMoney.Balance(fee, depositsHeld, paid),
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

        public bool CustomerCaused { get; init; }

        public bool Chargeable { get; init; }

        public PartStatus Status { get; init; }

        public OldPartState OldPart { get; init; }

        public string? WaiverReason { get; init; }

        public required string RequestedBy { get; init; }

        public DateTimeOffset RequestedAt { get; init; }

        public string? ApprovedBy { get; init; }

        public DateTimeOffset? IssuedAt { get; init; }

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
                IssuedAt,
                OldPartRecordedBy,
                OldPartRecordedAt);
        }
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
}
