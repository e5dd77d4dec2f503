using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TeamsOfOrdersAndAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "team",
                schema: "aftersales",
                table: "work_orders",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "team",
                schema: "aftersales",
                table: "monthly_assessments",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            // X-4 (r2): existing orders and assessments take the current team of their technician; an unassigned
            // order has none.
            migrationBuilder.Sql("""
                UPDATE aftersales.work_orders o SET team = t.team
                FROM aftersales.technicians t WHERE t.id = o.technician_id;
                UPDATE aftersales.monthly_assessments a SET team = t.team
                FROM aftersales.technicians t WHERE t.id = a.technician_id;
                """);

            migrationBuilder.AlterColumn<string>(
                name: "team",
                schema: "aftersales",
                table: "monthly_assessments",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(50)",
                oldMaxLength: 50,
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "team",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "team",
                schema: "aftersales",
                table: "monthly_assessments");
        }
    }
}
