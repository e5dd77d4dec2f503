using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class I22Handover : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "collected_by",
                schema: "aftersales",
                table: "payments",
                type: "uuid",
                nullable: true);

            // WO-12 (r2): cash recorded before collectors were kept belongs to the technician the order was assigned to when the
            // money came in (the last assignment at or before it), or, where the history says nothing, to its technician now.
            migrationBuilder.Sql("""
                UPDATE aftersales.payments p
                SET collected_by = coalesce(
                    (SELECT a.technician_id FROM aftersales.work_order_assignments a
                     WHERE a.work_order_id = p.work_order_id AND a.assigned_at <= p.received_at
                     ORDER BY a.assigned_at DESC, a.id DESC LIMIT 1),
                    (SELECT o.technician_id FROM aftersales.work_orders o WHERE o.id = p.work_order_id))
                WHERE p.method = 'Cash';
                """);

            migrationBuilder.CreateIndex(
                name: "ix_payments_unremitted_cash",
                schema: "aftersales",
                table: "payments",
                columns: new[] { "collected_by", "received_at" },
                filter: "method = 'Cash' AND remitted_at IS NULL");

            migrationBuilder.AddForeignKey(
                name: "fk_payments_technicians_collected_by",
                schema: "aftersales",
                table: "payments",
                column: "collected_by",
                principalSchema: "aftersales",
                principalTable: "technicians",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_payments_technicians_collected_by",
                schema: "aftersales",
                table: "payments");

            migrationBuilder.DropIndex(
                name: "ix_payments_unremitted_cash",
                schema: "aftersales",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "collected_by",
                schema: "aftersales",
                table: "payments");
        }
    }
}
