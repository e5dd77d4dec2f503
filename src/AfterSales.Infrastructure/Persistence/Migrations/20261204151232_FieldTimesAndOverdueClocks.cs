using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FieldTimesAndOverdueClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "work_order_field_steps",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    step = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_order_field_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_order_field_steps_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "aftersales",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_overdue",
                schema: "aftersales",
                table: "work_orders",
                columns: new[] { "received_at", "number" },
                descending: new bool[0],
                filter: "worst_clock_state = 'Overdue'");

            migrationBuilder.CreateIndex(
                name: "ux_work_order_field_steps_work_order_id_sequence",
                schema: "aftersales",
                table: "work_order_field_steps",
                columns: new[] { "work_order_id", "sequence" },
                unique: true);

            // WO-17: every started clock gets its final deadline, as SlaClock.Start sets it: a field clock's deadline plus
            // the default [Sla:FieldSyncGraceHours] of 12 hours, an office clock's deadline itself.
            migrationBuilder.Sql(
                """
                UPDATE aftersales.work_orders o
                SET clocks = (
                    SELECT jsonb_agg(c.clock || jsonb_build_object('FinalDeadline',
                               CASE WHEN c.clock ->> 'Deadline' IS NULL THEN NULL
                                    WHEN c.clock ->> 'Name' IN ('Contact', 'Plan', 'Arrival', 'Resolution')
                                        THEN to_jsonb((c.clock ->> 'Deadline')::timestamptz + interval '12 hours')
                                    ELSE c.clock -> 'Deadline' END)
                               ORDER BY c.position)
                    FROM jsonb_array_elements(o.clocks) WITH ORDINALITY AS c(clock, position))
                WHERE jsonb_array_length(o.clocks) > 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "work_order_field_steps",
                schema: "aftersales");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_overdue",
                schema: "aftersales",
                table: "work_orders");
        }
    }
}
