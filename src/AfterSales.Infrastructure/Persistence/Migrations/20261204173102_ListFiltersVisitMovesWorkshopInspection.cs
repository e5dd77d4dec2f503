using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ListFiltersVisitMovesWorkshopInspection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_work_orders_customer_id_received_at",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.AlterColumn<string>(
                name: "number",
                schema: "aftersales",
                table: "work_orders",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "appointment_reconfirmed_at",
                schema: "aftersales",
                table: "work_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "workshop_inspected_at",
                schema: "aftersales",
                table: "work_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "workshop_inspected_by",
                schema: "aftersales",
                table: "work_orders",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "workshop_inspection_note",
                schema: "aftersales",
                table: "work_orders",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "workshop_inspection_passed",
                schema: "aftersales",
                table: "work_orders",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "workshop_receipt_voided_at",
                schema: "aftersales",
                table: "work_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "work_order_visit_moves",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    previous_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    previous_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    customer_told_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    told_late = table.Column<bool>(type: "boolean", nullable: false),
                    moved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_order_visit_moves", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_order_visit_moves_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "aftersales",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_appointment_start",
                schema: "aftersales",
                table: "work_orders",
                column: "appointment_start",
                filter: "status = 'Scheduled' AND appointment_reconfirmed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_customer_id_received_at_number",
                schema: "aftersales",
                table: "work_orders",
                columns: new[] { "customer_id", "received_at", "number" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_priority_received_at_number",
                schema: "aftersales",
                table: "work_orders",
                columns: new[] { "priority", "received_at", "number" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_team_received_at_number",
                schema: "aftersales",
                table: "work_orders",
                columns: new[] { "team", "received_at", "number" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_workshop_promised_return_on",
                schema: "aftersales",
                table: "work_orders",
                column: "workshop_promised_return_on",
                filter: "workshop_taken_at IS NOT NULL AND workshop_returned_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_zone_priority_received_at_number",
                schema: "aftersales",
                table: "work_orders",
                columns: new[] { "zone", "priority", "received_at", "number" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_work_order_visit_moves_moved_at",
                schema: "aftersales",
                table: "work_order_visit_moves",
                column: "moved_at",
                filter: "told_late");

            migrationBuilder.CreateIndex(
                name: "ix_work_order_visit_moves_work_order_id",
                schema: "aftersales",
                table: "work_order_visit_moves",
                column: "work_order_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "work_order_visit_moves",
                schema: "aftersales");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_appointment_start",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_customer_id_received_at_number",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_priority_received_at_number",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_team_received_at_number",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_workshop_promised_return_on",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_zone_priority_received_at_number",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "appointment_reconfirmed_at",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "workshop_inspected_at",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "workshop_inspected_by",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "workshop_inspection_note",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "workshop_inspection_passed",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "workshop_receipt_voided_at",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.AlterColumn<string>(
                name: "number",
                schema: "aftersales",
                table: "work_orders",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20,
                oldCollation: "C");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_customer_id_received_at",
                schema: "aftersales",
                table: "work_orders",
                columns: new[] { "customer_id", "received_at" });
        }
    }
}
