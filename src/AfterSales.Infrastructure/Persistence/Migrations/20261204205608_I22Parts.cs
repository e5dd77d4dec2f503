using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class I22Parts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "approved_at",
                schema: "aftersales",
                table: "work_order_parts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "booked_back_at",
                schema: "aftersales",
                table: "work_order_parts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "booked_back_by",
                schema: "aftersales",
                table: "work_order_parts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "director_approved_at",
                schema: "aftersales",
                table: "work_order_parts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "director_approved_by",
                schema: "aftersales",
                table: "work_order_parts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "fitted_at",
                schema: "aftersales",
                table: "work_order_parts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fitted_by",
                schema: "aftersales",
                table: "work_order_parts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "has_recovery_value",
                schema: "aftersales",
                table: "work_order_parts",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "issued_by",
                schema: "aftersales",
                table: "work_order_parts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "list_price",
                schema: "aftersales",
                table: "work_order_parts",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "price_reason",
                schema: "aftersales",
                table: "work_order_parts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "serial_number",
                schema: "aftersales",
                table: "work_order_parts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            // Before r2 Finance's approval issued the part: the same person and moment approved and booked it out.
            // Lines from before the price list were never on it, so they count as worth bringing back (the default above).
            migrationBuilder.Sql("""
                UPDATE aftersales.work_order_parts SET approved_at = issued_at, issued_by = approved_by WHERE status = 'Issued';
                """);

            migrationBuilder.CreateIndex(
                name: "ix_work_order_parts_outstanding_old_parts",
                schema: "aftersales",
                table: "work_order_parts",
                columns: new[] { "issued_at", "id" },
                filter: "old_part = 'Outstanding' AND status IN ('Issued', 'Fitted')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_work_order_parts_outstanding_old_parts",
                schema: "aftersales",
                table: "work_order_parts");

            migrationBuilder.DropColumn(
                name: "approved_at",
                schema: "aftersales",
                table: "work_order_parts");

            migrationBuilder.DropColumn(
                name: "booked_back_at",
                schema: "aftersales",
                table: "work_order_parts");

            migrationBuilder.DropColumn(
                name: "booked_back_by",
                schema: "aftersales",
                table: "work_order_parts");

            migrationBuilder.DropColumn(
                name: "director_approved_at",
                schema: "aftersales",
                table: "work_order_parts");

            migrationBuilder.DropColumn(
                name: "director_approved_by",
                schema: "aftersales",
                table: "work_order_parts");

            migrationBuilder.DropColumn(
                name: "fitted_at",
                schema: "aftersales",
                table: "work_order_parts");

            migrationBuilder.DropColumn(
                name: "fitted_by",
                schema: "aftersales",
                table: "work_order_parts");

            migrationBuilder.DropColumn(
                name: "has_recovery_value",
                schema: "aftersales",
                table: "work_order_parts");

            migrationBuilder.DropColumn(
                name: "issued_by",
                schema: "aftersales",
                table: "work_order_parts");

            migrationBuilder.DropColumn(
                name: "list_price",
                schema: "aftersales",
                table: "work_order_parts");

            migrationBuilder.DropColumn(
                name: "price_reason",
                schema: "aftersales",
                table: "work_order_parts");

            migrationBuilder.DropColumn(
                name: "serial_number",
                schema: "aftersales",
                table: "work_order_parts");
        }
    }
}
