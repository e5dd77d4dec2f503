using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class I22Returns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "return_number_seq",
                schema: "aftersales");

            migrationBuilder.AddColumn<DateOnly>(
                name: "delivery_date",
                schema: "aftersales",
                table: "equipment",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "status",
                schema: "aftersales",
                table: "equipment",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "InService");

            // CU-6 (r2): a machine registered before delivery dates were kept was delivered when it was bought.
            migrationBuilder.Sql("UPDATE aftersales.equipment SET delivery_date = purchase_date;");

            migrationBuilder.CreateTable(
                name: "return_requests",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    equipment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    serial_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    delivered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    purchase_date = table.Column<DateOnly>(type: "date", nullable: false),
                    proof_of_purchase = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    condition = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    told_to_bring_proof_of_purchase = table.Column<bool>(type: "boolean", nullable: false),
                    told_to_bring_packaging = table.Column<bool>(type: "boolean", nullable: false),
                    told_to_bring_accessories = table.Column<bool>(type: "boolean", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    registered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    eligible = table.Column<bool>(type: "boolean", nullable: false),
                    ineligible_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    exception_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    exception_granted_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    refusal_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    pickup_on = table.Column<DateOnly>(type: "date", nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    received_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    inspection_passed = table.Column<bool>(type: "boolean", nullable: true),
                    inspection_findings = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    inspected_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    negotiation_outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    repair_work_order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    refund_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    refund_method = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    replacement_equipment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_return_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_return_requests_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "aftersales",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_return_requests_equipment_equipment_id",
                        column: x => x.equipment_id,
                        principalSchema: "aftersales",
                        principalTable: "equipment",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stock_movements",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    return_request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    direction = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    equipment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    serial_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_movements", x => x.id);
                    table.ForeignKey(
                        name: "fk_stock_movements_return_requests_return_request_id",
                        column: x => x.return_request_id,
                        principalSchema: "aftersales",
                        principalTable: "return_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_equipment_delivery_date_model",
                schema: "aftersales",
                table: "equipment",
                columns: new[] { "delivery_date", "model" });

            migrationBuilder.CreateIndex(
                name: "ix_return_requests_customer_id",
                schema: "aftersales",
                table: "return_requests",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_return_requests_registered_at",
                schema: "aftersales",
                table: "return_requests",
                column: "registered_at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_return_requests_status_registered_at",
                schema: "aftersales",
                table: "return_requests",
                columns: new[] { "status", "registered_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ux_return_requests_number",
                schema: "aftersales",
                table: "return_requests",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_return_requests_open_equipment_id",
                schema: "aftersales",
                table: "return_requests",
                column: "equipment_id",
                unique: true,
                filter: "status NOT IN ('Refused', 'Refunded', 'Exchanged', 'Settled')");

            migrationBuilder.CreateIndex(
                name: "ix_stock_movements_at",
                schema: "aftersales",
                table: "stock_movements",
                column: "at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_stock_movements_return_request_id",
                schema: "aftersales",
                table: "stock_movements",
                column: "return_request_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "stock_movements",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "return_requests",
                schema: "aftersales");

            migrationBuilder.DropIndex(
                name: "ix_equipment_delivery_date_model",
                schema: "aftersales",
                table: "equipment");

            migrationBuilder.DropColumn(
                name: "delivery_date",
                schema: "aftersales",
                table: "equipment");

            migrationBuilder.DropColumn(
                name: "status",
                schema: "aftersales",
                table: "equipment");

            migrationBuilder.DropSequence(
                name: "return_number_seq",
                schema: "aftersales");
        }
    }
}
