using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClocksRoundsPromisesAndForwards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // WO-13 r2: every clock stored so far is its first round. WO-6 r2: an open order's arrival clock without a
            // method runs provisionally; its deadline becomes the order's next one when earlier, so the sweeper judges it.
            migrationBuilder.Sql("""
                UPDATE aftersales.work_orders o
                SET clocks = (
                        SELECT jsonb_agg(c || jsonb_build_object(
                                   'Round', 1,
                                   'Provisional', c->>'Name' = 'Arrival' AND o.method IS NULL AND c->>'State' IN ('Pending', 'Overdue')
                                       AND o.status NOT IN ('Closed', 'Cancelled'))
                               ORDER BY position)
                        FROM jsonb_array_elements(o.clocks) WITH ORDINALITY AS e(c, position)),
                    next_clock_deadline = CASE
                        WHEN o.method IS NULL AND o.status NOT IN ('Closed', 'Cancelled') THEN LEAST(o.next_clock_deadline, (
                            SELECT (c->>'Deadline')::timestamptz FROM jsonb_array_elements(o.clocks) AS c
                            WHERE c->>'Name' = 'Arrival' AND c->>'State' = 'Pending'))
                        ELSE o.next_clock_deadline END
                WHERE jsonb_array_length(o.clocks) > 0;
                """);

            migrationBuilder.AddColumn<bool>(
                name: "forwarded_late",
                schema: "aftersales",
                table: "work_orders",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "promised_resolution_at",
                schema: "aftersales",
                table: "work_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "salesperson_heard_at",
                schema: "aftersales",
                table: "work_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "work_order_promises",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    promised_resolution_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_order_promises", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_order_promises_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "aftersales",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_forwarded_late",
                schema: "aftersales",
                table: "work_orders",
                column: "received_at",
                descending: new bool[0],
                filter: "forwarded_late");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_promised_resolution_at",
                schema: "aftersales",
                table: "work_orders",
                column: "promised_resolution_at",
                filter: "promised_resolution_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_work_order_promises_work_order_id_recorded_at",
                schema: "aftersales",
                table: "work_order_promises",
                columns: new[] { "work_order_id", "recorded_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "work_order_promises",
                schema: "aftersales");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_forwarded_late",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_promised_resolution_at",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "forwarded_late",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "promised_resolution_at",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "salesperson_heard_at",
                schema: "aftersales",
                table: "work_orders");
        }
    }
}
