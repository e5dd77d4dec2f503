using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HandoverWithdrawal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "withdrawal_reason",
                schema: "aftersales",
                table: "handover_checklists",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "withdrawn_at",
                schema: "aftersales",
                table: "handover_checklists",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "withdrawn_by",
                schema: "aftersales",
                table: "handover_checklists",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "withdrawal_reason",
                schema: "aftersales",
                table: "handover_checklists");

            migrationBuilder.DropColumn(
                name: "withdrawn_at",
                schema: "aftersales",
                table: "handover_checklists");

            migrationBuilder.DropColumn(
                name: "withdrawn_by",
                schema: "aftersales",
                table: "handover_checklists");
        }
    }
}
