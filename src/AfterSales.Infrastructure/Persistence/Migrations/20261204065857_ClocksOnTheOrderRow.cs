using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClocksOnTheOrderRow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "clocks",
                schema: "aftersales",
                table: "work_orders",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "next_clock_deadline",
                schema: "aftersales",
                table: "work_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "worst_clock_state",
                schema: "aftersales",
                table: "work_orders",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "NotApplicable");

            // Every order's six clocks move onto its row, in the order of WO-6, and its standing is worked out as
            // SlaStanding.Of does: the arrival clock counts only once a method is chosen; the next deadline is the
            // earliest of the clocks still pending; the worst state ranks Breached, Pending, Met.
            migrationBuilder.Sql(
                """
                UPDATE aftersales.work_orders o
                SET clocks = c.clocks,
                    next_clock_deadline = c.next_deadline,
                    worst_clock_state = c.worst_state
                FROM (
                    SELECT c.work_order_id,
                           jsonb_agg(jsonb_build_object(
                               'BreachedAt', c.breached_at, 'Deadline', c.deadline, 'Name', c.name,
                               'StartedAt', c.started_at, 'State', c.state, 'StoppedAt', c.stopped_at)
                               ORDER BY array_position(ARRAY['Dispatch', 'Contact', 'Plan', 'Arrival', 'Resolution', 'FollowUp'], c.name::text)) AS clocks,
                           min(c.deadline) FILTER (WHERE counted AND c.state = 'Pending' AND c.started_at IS NOT NULL AND c.stopped_at IS NULL) AS next_deadline,
                           CASE WHEN bool_or(counted AND c.started_at IS NOT NULL AND c.state = 'Breached') THEN 'Breached'
                                WHEN bool_or(counted AND c.started_at IS NOT NULL AND c.state = 'Pending') THEN 'Pending'
                                WHEN bool_or(counted AND c.started_at IS NOT NULL AND c.state = 'Met') THEN 'Met'
                                ELSE 'NotApplicable' END AS worst_state
                    FROM aftersales.sla_clocks c
                    JOIN aftersales.work_orders w ON w.id = c.work_order_id
                    CROSS JOIN LATERAL (SELECT c.name <> 'Arrival' OR w.method IS NOT NULL AS counted) AS judged
                    GROUP BY c.work_order_id) AS c
                WHERE o.id = c.work_order_id;
                """);

            migrationBuilder.DropTable(
                name: "sla_clocks",
                schema: "aftersales");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_breached",
                schema: "aftersales",
                table: "work_orders",
                columns: new[] { "received_at", "number" },
                descending: new bool[0],
                filter: "worst_clock_state = 'Breached'");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_next_clock_deadline",
                schema: "aftersales",
                table: "work_orders",
                column: "next_clock_deadline",
                filter: "next_clock_deadline IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sla_clocks",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    breached_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    stopped_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sla_clocks", x => x.id);
                    table.ForeignKey(
                        name: "fk_sla_clocks_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "aftersales",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_sla_clocks_breached",
                schema: "aftersales",
                table: "sla_clocks",
                column: "state",
                filter: "state = 'Breached'");

            migrationBuilder.CreateIndex(
                name: "ix_sla_clocks_running_deadline",
                schema: "aftersales",
                table: "sla_clocks",
                column: "deadline",
                filter: "state = 'Pending' AND stopped_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_sla_clocks_work_order_id_name",
                schema: "aftersales",
                table: "sla_clocks",
                columns: new[] { "work_order_id", "name" },
                unique: true);

            migrationBuilder.Sql(
                """
                INSERT INTO aftersales.sla_clocks (id, work_order_id, name, started_at, deadline, stopped_at, state, breached_at)
                SELECT gen_random_uuid(), o.id, c."Name", c."StartedAt", c."Deadline", c."StoppedAt", c."State", c."BreachedAt"
                FROM aftersales.work_orders o
                CROSS JOIN LATERAL jsonb_to_recordset(o.clocks)
                    AS c("Name" text, "StartedAt" timestamptz, "Deadline" timestamptz, "StoppedAt" timestamptz, "State" text, "BreachedAt" timestamptz);
                """);

            migrationBuilder.DropIndex(
                name: "ix_work_orders_breached",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_next_clock_deadline",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "clocks",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "next_clock_deadline",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "worst_clock_state",
                schema: "aftersales",
                table: "work_orders");
        }
    }
}
