using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SalesLeads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sales_leads",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: true),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status_changed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    status_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sales_leads", x => x.id);
                    table.ForeignKey(
                        name: "fk_sales_leads_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "aftersales",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_sales_leads_technicians_technician_id",
                        column: x => x.technician_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_sales_leads_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "aftersales",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_time_entries_started_at",
                schema: "aftersales",
                table: "time_entries",
                column: "started_at");

            migrationBuilder.CreateIndex(
                name: "ix_sales_leads_customer_id_recorded_at",
                schema: "aftersales",
                table: "sales_leads",
                columns: new[] { "customer_id", "recorded_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_sales_leads_recorded_at",
                schema: "aftersales",
                table: "sales_leads",
                column: "recorded_at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_sales_leads_status_recorded_at",
                schema: "aftersales",
                table: "sales_leads",
                columns: new[] { "status", "recorded_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_sales_leads_technician_id",
                schema: "aftersales",
                table: "sales_leads",
                column: "technician_id");

            migrationBuilder.CreateIndex(
                name: "ix_sales_leads_work_order_id",
                schema: "aftersales",
                table: "sales_leads",
                column: "work_order_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sales_leads",
                schema: "aftersales");

            migrationBuilder.DropIndex(
                name: "ix_time_entries_started_at",
                schema: "aftersales",
                table: "time_entries");
        }
    }
}
