using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Complaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "complaint_number_seq",
                schema: "aftersales");

            migrationBuilder.CreateTable(
                name: "complaint_review_flags",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    quarter = table.Column<int>(type: "integer", nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_review_flags", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaint_review_flags_technicians_technician_id",
                        column: x => x.technician_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complaints",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    severity = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    equipment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: true),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    registered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    promised_response_by = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    escalation_manager_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    escalation_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    escalation_escalated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    escalation_escalated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    verification_verified = table.Column<bool>(type: "boolean", nullable: true),
                    verification_findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    verification_decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    verification_decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    verification_decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    responsible_technician_id = table.Column<Guid>(type: "uuid", nullable: true),
                    base_penalty = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    repeat_complaint = table.Column<bool>(type: "boolean", nullable: false),
                    falsified_record = table.Column<bool>(type: "boolean", nullable: false),
                    verified_deduction = table.Column<int>(type: "integer", nullable: true),
                    deduction_month = table.Column<DateOnly>(type: "date", nullable: true),
                    customer_notification_how = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    customer_notification_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    customer_notification_notified_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    customer_notification_notified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaints_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "aftersales",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_equipment_equipment_id",
                        column: x => x.equipment_id,
                        principalSchema: "aftersales",
                        principalTable: "equipment",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_technicians_responsible_technician_id",
                        column: x => x.responsible_technician_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_technicians_technician_id",
                        column: x => x.technician_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "aftersales",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "complaint_appeals",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    filed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    notified_on = table.Column<DateOnly>(type: "date", nullable: false),
                    file_by = table.Column<DateOnly>(type: "date", nullable: false),
                    decide_by = table.Column<DateOnly>(type: "date", nullable: false),
                    upheld = table.Column<bool>(type: "boolean", nullable: true),
                    decision_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_appeals", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaint_appeals_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "aftersales",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complaint_follow_ups",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    satisfied = table.Column<bool>(type: "boolean", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_follow_ups", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaint_follow_ups_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "aftersales",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_complaint_appeals_complaint_id_round",
                schema: "aftersales",
                table: "complaint_appeals",
                columns: new[] { "complaint_id", "round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaint_appeals_undecided_decide_by",
                schema: "aftersales",
                table: "complaint_appeals",
                column: "decide_by",
                filter: "decided_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_complaint_follow_ups_complaint_id",
                schema: "aftersales",
                table: "complaint_follow_ups",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ux_complaint_review_flags_technician_quarter_category",
                schema: "aftersales",
                table: "complaint_review_flags",
                columns: new[] { "technician_id", "year", "quarter", "category" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_customer_id_registered_on",
                schema: "aftersales",
                table: "complaints",
                columns: new[] { "customer_id", "registered_on" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_equipment_id",
                schema: "aftersales",
                table: "complaints",
                column: "equipment_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_registered_at",
                schema: "aftersales",
                table: "complaints",
                column: "registered_at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_responsible_technician_id_category",
                schema: "aftersales",
                table: "complaints",
                columns: new[] { "responsible_technician_id", "category" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_status_registered_at",
                schema: "aftersales",
                table: "complaints",
                columns: new[] { "status", "registered_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_technician_id",
                schema: "aftersales",
                table: "complaints",
                column: "technician_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_work_order_id",
                schema: "aftersales",
                table: "complaints",
                column: "work_order_id");

            migrationBuilder.CreateIndex(
                name: "ux_complaints_number",
                schema: "aftersales",
                table: "complaints",
                column: "number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaint_appeals",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "complaint_follow_ups",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "complaint_review_flags",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "complaints",
                schema: "aftersales");

            migrationBuilder.DropSequence(
                name: "complaint_number_seq",
                schema: "aftersales");
        }
    }
}
