using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Assessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monthly_assessments",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    scores_initiative = table.Column<int>(type: "integer", nullable: true),
                    scores_coordination = table.Column<int>(type: "integer", nullable: true),
                    scores_loyalty = table.Column<int>(type: "integer", nullable: true),
                    scores_planning = table.Column<int>(type: "integer", nullable: true),
                    scores_execution = table.Column<int>(type: "integer", nullable: true),
                    scores_work_quality = table.Column<int>(type: "integer", nullable: true),
                    self_scores_initiative = table.Column<int>(type: "integer", nullable: true),
                    self_scores_coordination = table.Column<int>(type: "integer", nullable: true),
                    self_scores_loyalty = table.Column<int>(type: "integer", nullable: true),
                    self_scores_planning = table.Column<int>(type: "integer", nullable: true),
                    self_scores_execution = table.Column<int>(type: "integer", nullable: true),
                    self_scores_work_quality = table.Column<int>(type: "integer", nullable: true),
                    self_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    self_assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    performance_satisfaction_count = table.Column<int>(type: "integer", nullable: false),
                    performance_satisfaction_out_of = table.Column<int>(type: "integer", nullable: false),
                    performance_satisfaction_weight = table.Column<int>(type: "integer", nullable: false),
                    performance_resolution_count = table.Column<int>(type: "integer", nullable: false),
                    performance_resolution_out_of = table.Column<int>(type: "integer", nullable: false),
                    performance_resolution_weight = table.Column<int>(type: "integer", nullable: false),
                    performance_timeliness_count = table.Column<int>(type: "integer", nullable: false),
                    performance_timeliness_out_of = table.Column<int>(type: "integer", nullable: false),
                    performance_timeliness_weight = table.Column<int>(type: "integer", nullable: false),
                    performance_quality_count = table.Column<int>(type: "integer", nullable: false),
                    performance_quality_out_of = table.Column<int>(type: "integer", nullable: false),
                    performance_quality_weight = table.Column<int>(type: "integer", nullable: false),
                    performance_computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    discipline_records = table.Column<int>(type: "integer", nullable: false),
                    discipline_deduction = table.Column<int>(type: "integer", nullable: false),
                    complaint_deduction = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<int>(type: "integer", nullable: false),
                    grade = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    pay_adjustment_satisfaction_percent = table.Column<int>(type: "integer", nullable: false),
                    pay_adjustment_complaint_percent = table.Column<int>(type: "integer", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    submitted_late = table.Column<bool>(type: "boolean", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    scored_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    scored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submitted_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    approved_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_monthly_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_monthly_assessments_technicians_technician_id",
                        column: x => x.technician_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_order_resolutions",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reopened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_order_resolutions", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_order_resolutions_technicians_technician_id",
                        column: x => x.technician_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_work_order_resolutions_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "aftersales",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_amendments",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    amended_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    amended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    after = table.Column<string>(type: "jsonb", nullable: false),
                    before = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_amendments", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessment_amendments_monthly_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalSchema: "aftersales",
                        principalTable: "monthly_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_complaint_deductions",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false),
                    complaint_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    points = table.Column<int>(type: "integer", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_complaint_deductions", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessment_complaint_deductions_monthly_assessments_assessm",
                        column: x => x.assessment_id,
                        principalSchema: "aftersales",
                        principalTable: "monthly_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_work_order_assignments_technician_id_assigned_at",
                schema: "aftersales",
                table: "work_order_assignments",
                columns: new[] { "technician_id", "assigned_at" });

            migrationBuilder.CreateIndex(
                name: "ix_assessment_amendments_assessment_id",
                schema: "aftersales",
                table: "assessment_amendments",
                column: "assessment_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessment_complaint_deductions_assessment_id",
                schema: "aftersales",
                table: "assessment_complaint_deductions",
                column: "assessment_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessment_complaint_deductions_complaint_id",
                schema: "aftersales",
                table: "assessment_complaint_deductions",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_monthly_assessments_month_status",
                schema: "aftersales",
                table: "monthly_assessments",
                columns: new[] { "month", "status" });

            migrationBuilder.CreateIndex(
                name: "ux_monthly_assessments_technician_id_month",
                schema: "aftersales",
                table: "monthly_assessments",
                columns: new[] { "technician_id", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_work_order_resolutions_technician_id_resolved_at",
                schema: "aftersales",
                table: "work_order_resolutions",
                columns: new[] { "technician_id", "resolved_at" });

            migrationBuilder.CreateIndex(
                name: "ix_work_order_resolutions_work_order_id",
                schema: "aftersales",
                table: "work_order_resolutions",
                column: "work_order_id");

            // Orders resolved before resolutions were kept get their latest one, so AS-1's resolution and quality
            // metrics see them; earlier resolutions of orders reopened and resolved again were not recorded.
            migrationBuilder.Sql("""
                INSERT INTO aftersales.work_order_resolutions (id, work_order_id, technician_id, resolved_at, reopened_at)
                SELECT gen_random_uuid(), id, technician_id, resolved_at, CASE WHEN last_reopened_at > resolved_at THEN last_reopened_at END
                FROM aftersales.work_orders
                WHERE resolved_at IS NOT NULL AND technician_id IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_amendments",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "assessment_complaint_deductions",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "work_order_resolutions",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "monthly_assessments",
                schema: "aftersales");

            migrationBuilder.DropIndex(
                name: "ix_work_order_assignments_technician_id_assigned_at",
                schema: "aftersales",
                table: "work_order_assignments");
        }
    }
}
