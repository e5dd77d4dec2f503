using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InvoiceRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "invoice_request_number_seq",
                schema: "aftersales");

            migrationBuilder.CreateTable(
                name: "invoice_requests",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    service_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    invoice_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    issued_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoice_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_invoice_requests_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "aftersales",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_invoice_requests_customer_id",
                schema: "aftersales",
                table: "invoice_requests",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_invoice_requests_requested_service_on",
                schema: "aftersales",
                table: "invoice_requests",
                columns: new[] { "service_on", "requested_at" },
                filter: "status = 'Requested'");

            migrationBuilder.CreateIndex(
                name: "ix_invoice_requests_source_id",
                schema: "aftersales",
                table: "invoice_requests",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ux_invoice_requests_invoice_number",
                schema: "aftersales",
                table: "invoice_requests",
                column: "invoice_number",
                unique: true,
                filter: "invoice_number IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ux_invoice_requests_number",
                schema: "aftersales",
                table: "invoice_requests",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_invoice_requests_open_source_id",
                schema: "aftersales",
                table: "invoice_requests",
                columns: new[] { "source", "source_id" },
                unique: true,
                filter: "status = 'Requested'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "invoice_requests",
                schema: "aftersales");

            migrationBuilder.DropSequence(
                name: "invoice_request_number_seq",
                schema: "aftersales");
        }
    }
}
