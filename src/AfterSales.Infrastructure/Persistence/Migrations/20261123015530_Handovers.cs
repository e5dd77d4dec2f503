using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Handovers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "handover_checklists",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    effective_date = table.Column<DateOnly>(type: "date", nullable: false),
                    successor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    supervisor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    new_team = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    started_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_handover_checklists", x => x.id);
                    table.ForeignKey(
                        name: "fk_handover_checklists_technicians_successor_id",
                        column: x => x.successor_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_handover_checklists_technicians_supervisor_id",
                        column: x => x.supervisor_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_handover_checklists_technicians_technician_id",
                        column: x => x.technician_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "handover_items",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reference_id = table.Column<Guid>(type: "uuid", nullable: true),
                    cash = table.Column<bool>(type: "boolean", nullable: false),
                    description = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    system_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    user_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    new_technician_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ended_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    handover_checklist_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_handover_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_handover_items_handover_checklists_handover_checklist_id",
                        column: x => x.handover_checklist_id,
                        principalSchema: "aftersales",
                        principalTable: "handover_checklists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_handover_items_technicians_new_technician_id",
                        column: x => x.new_technician_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "handover_sign_offs",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    party = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    on_behalf = table.Column<bool>(type: "boolean", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    handover_checklist_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_handover_sign_offs", x => x.id);
                    table.ForeignKey(
                        name: "fk_handover_sign_offs_handover_checklists_handover_checklist_id",
                        column: x => x.handover_checklist_id,
                        principalSchema: "aftersales",
                        principalTable: "handover_checklists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_handover_checklists_status_effective_date",
                schema: "aftersales",
                table: "handover_checklists",
                columns: new[] { "status", "effective_date" });

            migrationBuilder.CreateIndex(
                name: "ix_handover_checklists_successor_id",
                schema: "aftersales",
                table: "handover_checklists",
                column: "successor_id");

            migrationBuilder.CreateIndex(
                name: "ix_handover_checklists_supervisor_id",
                schema: "aftersales",
                table: "handover_checklists",
                column: "supervisor_id");

            migrationBuilder.CreateIndex(
                name: "ux_handover_checklists_open_technician_id",
                schema: "aftersales",
                table: "handover_checklists",
                column: "technician_id",
                unique: true,
                filter: "status = 'Open'");

            migrationBuilder.CreateIndex(
                name: "ix_handover_items_handover_checklist_id",
                schema: "aftersales",
                table: "handover_items",
                column: "handover_checklist_id");

            migrationBuilder.CreateIndex(
                name: "ix_handover_items_new_technician_id",
                schema: "aftersales",
                table: "handover_items",
                column: "new_technician_id");

            migrationBuilder.CreateIndex(
                name: "ux_handover_sign_offs_party",
                schema: "aftersales",
                table: "handover_sign_offs",
                columns: new[] { "handover_checklist_id", "party" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "handover_items",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "handover_sign_offs",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "handover_checklists",
                schema: "aftersales");
        }
    }
}
