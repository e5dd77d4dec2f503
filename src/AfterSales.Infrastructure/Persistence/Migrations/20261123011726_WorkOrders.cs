using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WorkOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "work_order_number_seq",
                schema: "aftersales");

            migrationBuilder.CreateTable(
                name: "work_orders",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    equipment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    zone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    priority = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    service_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    problem_description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: true),
                    method = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    method_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    appointment_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    appointment_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    contact_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    arrived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    late_arrival = table.Column<bool>(type: "boolean", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    quote_labour = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    quote_parts = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    quote_accepted_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    quote_accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    workshop_receipt_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    workshop_condition = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    workshop_accessories_left_with_customer = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    workshop_promised_return_on = table.Column<DateOnly>(type: "date", nullable: true),
                    workshop_loaner_given = table.Column<bool>(type: "boolean", nullable: true),
                    workshop_taken_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    workshop_returned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    workshop_return_signed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    resolution_summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    sign_off_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    sign_off_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    reopen_count = table.Column<int>(type: "integer", nullable: false),
                    last_reopen_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    last_reopened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_orders", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_orders_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "aftersales",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_work_orders_equipment_equipment_id",
                        column: x => x.equipment_id,
                        principalSchema: "aftersales",
                        principalTable: "equipment",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_work_orders_technicians_technician_id",
                        column: x => x.technician_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "follow_ups",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    satisfied = table.Column<bool>(type: "boolean", nullable: false),
                    survey_attitude = table.Column<int>(type: "integer", nullable: false),
                    survey_skill = table.Column<int>(type: "integer", nullable: false),
                    survey_punctuality = table.Column<int>(type: "integer", nullable: false),
                    survey_promise_keeping = table.Column<int>(type: "integer", nullable: false),
                    comments = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_ups", x => x.id);
                    table.ForeignKey(
                        name: "fk_follow_ups_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "aftersales",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sla_clocks",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    stopped_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    breached_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sla_clocks", x => x.id);
                    table.ForeignKey(
                        name: "fk_sla_clocks_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "aftersales",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "time_entries",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_time_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_time_entries_technicians_technician_id",
                        column: x => x.technician_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_time_entries_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "aftersales",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_order_assignments",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assigned_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_order_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_order_assignments_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "aftersales",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_order_photos",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    caption = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    added_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_order_photos", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_order_photos_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "aftersales",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_recorded_at",
                schema: "aftersales",
                table: "follow_ups",
                column: "recorded_at");

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_work_order_id",
                schema: "aftersales",
                table: "follow_ups",
                column: "work_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_sla_clocks_breached",
                schema: "aftersales",
                table: "sla_clocks",
                column: "state",
                filter: "state = 'Breached'");

            migrationBuilder.CreateIndex(
                name: "ix_sla_clocks_running_deadline",
                schema: "aftersales",
                table: "sla_clocks",
                column: "deadline",
                filter: "state = 'Pending' AND stopped_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_sla_clocks_work_order_id_name",
                schema: "aftersales",
                table: "sla_clocks",
                columns: new[] { "work_order_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_time_entries_technician_id_started_at",
                schema: "aftersales",
                table: "time_entries",
                columns: new[] { "technician_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_time_entries_work_order_id",
                schema: "aftersales",
                table: "time_entries",
                column: "work_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_order_assignments_work_order_id",
                schema: "aftersales",
                table: "work_order_assignments",
                column: "work_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_order_photos_work_order_id",
                schema: "aftersales",
                table: "work_order_photos",
                column: "work_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_customer_id_received_at",
                schema: "aftersales",
                table: "work_orders",
                columns: new[] { "customer_id", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_equipment_id",
                schema: "aftersales",
                table: "work_orders",
                column: "equipment_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_received_at",
                schema: "aftersales",
                table: "work_orders",
                column: "received_at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_status_received_at",
                schema: "aftersales",
                table: "work_orders",
                columns: new[] { "status", "received_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_technician_id_status_received_at",
                schema: "aftersales",
                table: "work_orders",
                columns: new[] { "technician_id", "status", "received_at" },
                descending: new[] { false, false, true });

            migrationBuilder.CreateIndex(
                name: "ux_work_orders_number",
                schema: "aftersales",
                table: "work_orders",
                column: "number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "follow_ups",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "sla_clocks",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "time_entries",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "work_order_assignments",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "work_order_photos",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "work_orders",
                schema: "aftersales");

            migrationBuilder.DropSequence(
                name: "work_order_number_seq",
                schema: "aftersales");
        }
    }
}
