using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RefundsOwed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "refund_owed",
                schema: "aftersales",
                table: "work_orders",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "work_order_refunds",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    method = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    refunded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    refunded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_order_refunds", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_order_refunds_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "aftersales",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_refund_owed",
                schema: "aftersales",
                table: "work_orders",
                column: "refund_owed",
                filter: "refund_owed > 0");

            migrationBuilder.CreateIndex(
                name: "ix_work_order_refunds_work_order_id",
                schema: "aftersales",
                table: "work_order_refunds",
                column: "work_order_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "work_order_refunds",
                schema: "aftersales");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_refund_owed",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "refund_owed",
                schema: "aftersales",
                table: "work_orders");
        }
    }
}
