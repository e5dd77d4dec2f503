using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class I22Shipping : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "parts_replacement_number_seq",
                schema: "aftersales");

            migrationBuilder.CreateTable(
                name: "parts_replacement_requests",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    equipment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    responsible_person = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    plan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    responded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    shipment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    shipped_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    next_clock_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    worst_clock_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    part_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    part_part_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    part_quantity = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    clocks = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_parts_replacement_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_parts_replacement_requests_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "aftersales",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_parts_replacement_requests_equipment_equipment_id",
                        column: x => x.equipment_id,
                        principalSchema: "aftersales",
                        principalTable: "equipment",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "shipments",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    shipped_for = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    shipped_for_id = table.Column<Guid>(type: "uuid", nullable: false),
                    shipped_for_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    carrier = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    tracking_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    shipped_on = table.Column<DateOnly>(type: "date", nullable: false),
                    booked_out_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipments", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_parts_replacement_requests_breached",
                schema: "aftersales",
                table: "parts_replacement_requests",
                column: "requested_at",
                descending: new bool[0],
                filter: "worst_clock_state = 'Breached'");

            migrationBuilder.CreateIndex(
                name: "ix_parts_replacement_requests_customer_id",
                schema: "aftersales",
                table: "parts_replacement_requests",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_parts_replacement_requests_equipment_id",
                schema: "aftersales",
                table: "parts_replacement_requests",
                column: "equipment_id");

            migrationBuilder.CreateIndex(
                name: "ix_parts_replacement_requests_next_clock_deadline",
                schema: "aftersales",
                table: "parts_replacement_requests",
                column: "next_clock_deadline",
                filter: "next_clock_deadline IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_parts_replacement_requests_requested_at",
                schema: "aftersales",
                table: "parts_replacement_requests",
                column: "requested_at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_parts_replacement_requests_status_requested_at",
                schema: "aftersales",
                table: "parts_replacement_requests",
                columns: new[] { "status", "requested_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ux_parts_replacement_requests_number",
                schema: "aftersales",
                table: "parts_replacement_requests",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shipments_shipped_for_id",
                schema: "aftersales",
                table: "shipments",
                column: "shipped_for_id");

            migrationBuilder.CreateIndex(
                name: "ux_shipments_carrier_tracking_number",
                schema: "aftersales",
                table: "shipments",
                columns: new[] { "carrier", "tracking_number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "parts_replacement_requests",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "shipments",
                schema: "aftersales");

            migrationBuilder.DropSequence(
                name: "parts_replacement_number_seq",
                schema: "aftersales");
        }
    }
}
