using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ComplaintsR2RenewalTasksContactLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "customer_id",
                schema: "aftersales",
                table: "contact_records",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "competitor_news",
                schema: "aftersales",
                table: "contact_records",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "credit_standing",
                schema: "aftersales",
                table: "contact_records",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "customer_needs",
                schema: "aftersales",
                table: "contact_records",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "new_product_interest",
                schema: "aftersales",
                table: "contact_records",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "product_quality_feedback",
                schema: "aftersales",
                table: "contact_records",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "customer_notification_letter_date",
                schema: "aftersales",
                table: "complaints",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "customer_notification_letter_reference",
                schema: "aftersales",
                table: "complaints",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_update_at",
                schema: "aftersales",
                table: "complaints",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // CP-9: a complaint registered before this migration was last updated when it was registered.
            migrationBuilder.Sql("UPDATE aftersales.complaints SET last_update_at = registered_at;");

            migrationBuilder.AddColumn<bool>(
                name: "not_done_properly",
                schema: "aftersales",
                table: "complaints",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "complaint_customer_contacts",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_customer_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaint_customer_contacts_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "aftersales",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complaint_progress_updates",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_progress_updates", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaint_progress_updates_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "aftersales",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "renewal_tasks",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    equipment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contract_ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    outcome_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    outcome_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    outcome_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    renewed_until = table.Column<DateOnly>(type: "date", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_renewal_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_renewal_tasks_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "aftersales",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_renewal_tasks_equipment_equipment_id",
                        column: x => x.equipment_id,
                        principalSchema: "aftersales",
                        principalTable: "equipment",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_renewal_tasks_technicians_technician_id",
                        column: x => x.technician_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contact_records_contacted_on",
                schema: "aftersales",
                table: "contact_records",
                column: "contacted_on");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_open_last_update_at",
                schema: "aftersales",
                table: "complaints",
                column: "last_update_at",
                filter: "status IN ('Received', 'Investigating', 'Verified')");

            migrationBuilder.CreateIndex(
                name: "ix_complaint_customer_contacts_complaint_id",
                schema: "aftersales",
                table: "complaint_customer_contacts",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaint_progress_updates_complaint_id",
                schema: "aftersales",
                table: "complaint_progress_updates",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_renewal_tasks_customer_id",
                schema: "aftersales",
                table: "renewal_tasks",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_renewal_tasks_status_contract_ends_on",
                schema: "aftersales",
                table: "renewal_tasks",
                columns: new[] { "status", "contract_ends_on" });

            migrationBuilder.CreateIndex(
                name: "ix_renewal_tasks_technician_id_contract_ends_on",
                schema: "aftersales",
                table: "renewal_tasks",
                columns: new[] { "technician_id", "contract_ends_on" });

            migrationBuilder.CreateIndex(
                name: "ux_renewal_tasks_equipment_id_contract_ends_on",
                schema: "aftersales",
                table: "renewal_tasks",
                columns: new[] { "equipment_id", "contract_ends_on" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaint_customer_contacts",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "complaint_progress_updates",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "renewal_tasks",
                schema: "aftersales");

            migrationBuilder.DropIndex(
                name: "ix_contact_records_contacted_on",
                schema: "aftersales",
                table: "contact_records");

            migrationBuilder.DropIndex(
                name: "ix_complaints_open_last_update_at",
                schema: "aftersales",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "competitor_news",
                schema: "aftersales",
                table: "contact_records");

            migrationBuilder.DropColumn(
                name: "credit_standing",
                schema: "aftersales",
                table: "contact_records");

            migrationBuilder.DropColumn(
                name: "customer_needs",
                schema: "aftersales",
                table: "contact_records");

            migrationBuilder.DropColumn(
                name: "new_product_interest",
                schema: "aftersales",
                table: "contact_records");

            migrationBuilder.DropColumn(
                name: "product_quality_feedback",
                schema: "aftersales",
                table: "contact_records");

            migrationBuilder.DropColumn(
                name: "customer_notification_letter_date",
                schema: "aftersales",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "customer_notification_letter_reference",
                schema: "aftersales",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "last_update_at",
                schema: "aftersales",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "not_done_properly",
                schema: "aftersales",
                table: "complaints");

            migrationBuilder.AlterColumn<Guid>(
                name: "customer_id",
                schema: "aftersales",
                table: "contact_records",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");
        }
    }
}
