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
            migrationBuilder.AddColumn<string>(
                name: "field_steps",
                schema: "aftersales",
                table: "work_orders",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

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

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_overdue",
                schema: "aftersales",
                table: "work_orders",
                columns: new[] { "received_at", "number" },
                descending: new bool[0],
                filter: "worst_clock_state = 'Overdue'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_work_orders_overdue",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "field_steps",
                schema: "aftersales",
                table: "work_orders");
        }
    }
}
