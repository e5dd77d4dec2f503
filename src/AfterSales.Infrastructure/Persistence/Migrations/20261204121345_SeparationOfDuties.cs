using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SeparationOfDuties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "on_behalf",
                schema: "aftersales",
                table: "handover_sign_offs");

            migrationBuilder.RenameColumn(
                name: "escalation_manager_name",
                schema: "aftersales",
                table: "complaints",
                newName: "escalation_director_name");

            migrationBuilder.AlterColumn<Guid>(
                name: "supervisor_id",
                schema: "aftersales",
                table: "handover_checklists",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "escalation_director_name",
                schema: "aftersales",
                table: "complaints",
                newName: "escalation_manager_name");

            migrationBuilder.AddColumn<bool>(
                name: "on_behalf",
                schema: "aftersales",
                table: "handover_sign_offs",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<Guid>(
                name: "supervisor_id",
                schema: "aftersales",
                table: "handover_checklists",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
