using AfterSales.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// Uniqueness that only the database can guarantee across aggregates, and the rule each index enforces,
/// so a duplicate is refused as that rule (409) rather than surfacing as a database error.
/// </summary>
internal static class UniqueConstraints
{
    public const string EmployeeNumber = "ux_technicians_employee_number";
    public const string EquipmentSerial = "ux_equipment_model_serial_number";
    public const string OutstandingAssetTag = "ux_property_items_outstanding_asset_tag";
    public const string IdempotencyKey = "pk_idempotency_records";
    public const string WorkOrderNumber = "ux_work_orders_number";
    public const string UnsettledReceivable = "ux_receivables_unsettled_work_order_id";
    public const string ComplaintNumber = "ux_complaints_number";
    public const string InquiryNumber = "ux_inquiries_number";
    public const string ComplaintReviewFlag = "ux_complaint_review_flags_technician_quarter_category";
    public const string OpenHandover = "ux_handover_checklists_open_technician_id";
    public const string HandoverSignOff = "ux_handover_sign_offs_party";
    public const string AssessmentOfMonth = "ux_monthly_assessments_technician_id_month";
    public const string FieldStepSequence = "ux_work_order_field_steps_work_order_id_sequence";
    public const string PhotoFile = "ux_work_order_photos_work_order_id_file_id";
    public const string CalendarYear = "ux_calendar_years_year";
    public const string RenewalTaskOfContract = "ux_renewal_tasks_equipment_id_contract_ends_on";
    public const string PartPriceOfDay = "ux_part_prices_part_number_effective_from";
    public const string LabourRateOfDay = "ux_labour_rates_service_effective_from";
    public const string ReturnNumber = "ux_return_requests_number";
    public const string OpenReturnOfItem = "ux_return_requests_open_equipment_id";
    public const string PartsReplacementNumber = "ux_parts_replacement_requests_number";
    public const string PartsOrderNumber = "ux_parts_orders_number";
    public const string UnsettledPartsOrderReceivable = "ux_receivables_unsettled_parts_order";
    public const string ShipmentTrackingNumber = "ux_shipments_carrier_tracking_number";
    public const string QuoteNumber = "ux_work_order_quotes_work_order_id_number";
    public const string InvoiceRequestNumber = "ux_invoice_requests_number";
    public const string InvoiceNumber = "ux_invoice_requests_invoice_number";
    public const string OpenInvoiceRequest = "ux_invoice_requests_open_source_id";

    private static readonly Dictionary<string, (string RuleId, string Reason)> Rules = new(StringComparer.Ordinal)
    {
        [EmployeeNumber] = ("TE-1", "the employee number is already in use"),
        [EquipmentSerial] = ("CU-1", "equipment with this model and serial number is already registered"),
        [OutstandingAssetTag] = ("TE-4", "this asset tag is already issued to a technician"),
        [IdempotencyKey] = ("X-3", "a request with this Idempotency-Key is already being processed"),
        [WorkOrderNumber] = ("WO-1", "the work-order number is already taken"),
        [UnsettledReceivable] = ("WO-12", "the work order already has an unsettled receivable"),
        [ComplaintNumber] = ("CP-1", "the complaint number is already taken"),
        [InquiryNumber] = ("IQ-1", "the inquiry number is already taken"),
        [ComplaintReviewFlag] = ("CP-7", "the technician is already flagged for review for this quarter and category"),
        [OpenHandover] = ("HC-1", "the technician already has an open handover checklist"),
        [HandoverSignOff] = ("HC-5", "this party has already signed off"),
        [AssessmentOfMonth] = ("AS-1", "the technician already has an assessment for this month"),
        [PhotoFile] = ("X-6", "this file is already a photo of the work order"),
        [RenewalTaskOfContract] = ("CU-3", "a renewal task for this contract end date is already open"),
        [PartPriceOfDay] = ("PR-1", "the part already has a price taking effect on this day"),
        [LabourRateOfDay] = ("PR-1", "the service already has a labour rate taking effect on this day"),
        [ReturnNumber] = ("RX-1", "the return request number is already taken"),
        [OpenReturnOfItem] = ("RX-1", "the item already has an open return or exchange request"),
        [PartsReplacementNumber] = ("PS-1", "the parts-replacement number is already taken"),
        [PartsOrderNumber] = ("PR-2", "the parts-order number is already taken"),
        [UnsettledPartsOrderReceivable] = ("PR-2", "the parts order already has an unsettled receivable"),
        [ShipmentTrackingNumber] = ("PR-3", "this carrier's tracking number is already booked out on another shipment"),
        [InvoiceRequestNumber] = ("WO-12", "the invoice-request number is already taken"),
        [InvoiceNumber] = ("WO-12", "this invoice number is already recorded on another invoice request"),
        [OpenInvoiceRequest] = ("WO-12", "the order already has an invoice request waiting for Finance"),

        // Two versions quoted at the same moment: both took the same next number.
        [QuoteNumber] = ("X-2", "another quote was recorded on this work order at the same moment; reload it and send yours again"),

        // Two steps that leave the order's row as it was (the same method chosen twice) are not caught by its version.
        [FieldStepSequence] = ("X-2", "another step was recorded on this work order at the same moment; reload it and send the step again"),

        // Two first listings of the same year: neither had a version to check.
        [CalendarYear] = ("X-2", "this year's calendar was listed by another request at the same moment; reload it and send yours again"),
    };

    public static BusinessRuleViolationException? Translate(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: { } name }
        && Rules.TryGetValue(name, out var rule)
            ? new BusinessRuleViolationException(rule.RuleId, rule.Reason)
            : null;
}
