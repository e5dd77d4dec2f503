using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class I22PartsOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "work_order_number",
                schema: "aftersales",
                table: "receivables",
                newName: "order_number");

            migrationBuilder.CreateSequence(
                name: "parts_order_number_seq",
                schema: "aftersales");

            migrationBuilder.AlterColumn<Guid>(
                name: "work_order_id",
                schema: "aftersales",
                table: "receivables",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<Guid>(
                name: "parts_order_id",
                schema: "aftersales",
                table: "receivables",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "parts_orders",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    total = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    amount_paid = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    shipping_address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ordered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    payment_arrived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    payment_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    payment_method = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    payment_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    payment_recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    payment_awaiting_confirmation = table.Column<bool>(type: "boolean", nullable: false),
                    payment_confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    payment_confirmed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    on_account_technician_id = table.Column<Guid>(type: "uuid", nullable: true),
                    on_account_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    shipment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    shipped_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    next_clock_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    confirmed_late = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    payment_confirmation_breached_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    payment_confirmation_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    payment_confirmation_final_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    payment_confirmation_name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    payment_confirmation_provisional = table.Column<bool>(type: "boolean", nullable: false),
                    payment_confirmation_round = table.Column<int>(type: "integer", nullable: false),
                    payment_confirmation_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    payment_confirmation_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    payment_confirmation_stopped_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    lines = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_parts_orders", x => x.id);
                    table.ForeignKey(
                        name: "fk_parts_orders_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "aftersales",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_parts_orders_technicians_on_account_technician_id",
                        column: x => x.on_account_technician_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ux_receivables_unsettled_parts_order",
                schema: "aftersales",
                table: "receivables",
                column: "parts_order_id",
                unique: true,
                filter: "settled_on IS NULL AND parts_order_id IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "ck_receivables_one_order",
                schema: "aftersales",
                table: "receivables",
                sql: "(work_order_id IS NULL) <> (parts_order_id IS NULL)");

            migrationBuilder.CreateIndex(
                name: "ix_parts_orders_confirmed_late",
                schema: "aftersales",
                table: "parts_orders",
                column: "registered_at",
                descending: new bool[0],
                filter: "confirmed_late");

            migrationBuilder.CreateIndex(
                name: "ix_parts_orders_customer_id_registered_at",
                schema: "aftersales",
                table: "parts_orders",
                columns: new[] { "customer_id", "registered_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_parts_orders_next_clock_deadline",
                schema: "aftersales",
                table: "parts_orders",
                column: "next_clock_deadline",
                filter: "next_clock_deadline IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_parts_orders_on_account_technician_id",
                schema: "aftersales",
                table: "parts_orders",
                column: "on_account_technician_id");

            migrationBuilder.CreateIndex(
                name: "ix_parts_orders_registered_at",
                schema: "aftersales",
                table: "parts_orders",
                column: "registered_at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_parts_orders_status_registered_at",
                schema: "aftersales",
                table: "parts_orders",
                columns: new[] { "status", "registered_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ux_parts_orders_number",
                schema: "aftersales",
                table: "parts_orders",
                column: "number",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_receivables_parts_orders_parts_order_id",
                schema: "aftersales",
                table: "receivables",
                column: "parts_order_id",
                principalSchema: "aftersales",
                principalTable: "parts_orders",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_receivables_parts_orders_parts_order_id",
                schema: "aftersales",
                table: "receivables");

            migrationBuilder.DropTable(
                name: "parts_orders",
                schema: "aftersales");

            migrationBuilder.DropIndex(
                name: "ux_receivables_unsettled_parts_order",
                schema: "aftersales",
                table: "receivables");

            migrationBuilder.DropCheckConstraint(
                name: "ck_receivables_one_order",
                schema: "aftersales",
                table: "receivables");

            migrationBuilder.DropColumn(
                name: "parts_order_id",
                schema: "aftersales",
                table: "receivables");

            migrationBuilder.DropSequence(
                name: "parts_order_number_seq",
                schema: "aftersales");

            migrationBuilder.RenameColumn(
                name: "order_number",
                schema: "aftersales",
                table: "receivables",
                newName: "work_order_number");

            migrationBuilder.AlterColumn<Guid>(
                name: "work_order_id",
                schema: "aftersales",
                table: "receivables",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
