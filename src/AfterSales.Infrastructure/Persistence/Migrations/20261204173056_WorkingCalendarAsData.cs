using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WorkingCalendarAsData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "calendar_years",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_years", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "calendar_days",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    calendar_year_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_days", x => x.id);
                    table.ForeignKey(
                        name: "fk_calendar_days_calendar_years_calendar_year_id",
                        column: x => x.calendar_year_id,
                        principalSchema: "aftersales",
                        principalTable: "calendar_years",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_calendar_days_calendar_year_id",
                schema: "aftersales",
                table: "calendar_days",
                column: "calendar_year_id");

            migrationBuilder.CreateIndex(
                name: "ix_calendar_days_date",
                schema: "aftersales",
                table: "calendar_days",
                column: "date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_calendar_years_year",
                schema: "aftersales",
                table: "calendar_years",
                column: "year",
                unique: true);

            // WO-7 (r2): a new database starts with the State Council's 2026 schedule (国务院办公厅关于2026年部分节假日安排的通知),
            // exactly as DOMAIN.md lists it; later years are maintained through PUT /api/v1/calendar/{year}.
            migrationBuilder.Sql(
                """
                INSERT INTO aftersales.calendar_years (id, year, updated_at) VALUES ('019aeb00-2026-7000-8000-000000002026', 2026, now());
                INSERT INTO aftersales.calendar_days (id, calendar_year_id, date, kind)
                SELECT gen_random_uuid(), '019aeb00-2026-7000-8000-000000002026'::uuid, day::date, 'Holiday'
                FROM (
                    SELECT generate_series(first, last, interval '1 day') AS day
                    FROM (VALUES
                        (date '2026-01-01', date '2026-01-03'),
                        (date '2026-02-15', date '2026-02-23'),
                        (date '2026-04-04', date '2026-04-06'),
                        (date '2026-05-01', date '2026-05-05'),
                        (date '2026-06-19', date '2026-06-21'),
                        (date '2026-09-25', date '2026-09-27'),
                        (date '2026-10-01', date '2026-10-07')) AS holidays (first, last)
                ) AS days
                UNION ALL
                SELECT gen_random_uuid(), '019aeb00-2026-7000-8000-000000002026'::uuid, day, 'MakeUpWorkingDay'
                FROM unnest(array[date '2026-01-04', date '2026-02-14', date '2026-02-28', date '2026-05-09', date '2026-09-20', date '2026-10-10']) AS day;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_days",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "calendar_years",
                schema: "aftersales");
        }
    }
}
