using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Foundation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "aftersales");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:CollationDefinition:public.case_insensitive", "und-u-ks-level2,und-u-ks-level2,icu,False");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    entity_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    part_id = table.Column<Guid>(type: "uuid", nullable: true),
                    action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    changed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changes = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                schema: "aftersales",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    user_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    response_status = table.Column<int>(type: "integer", nullable: true),
                    response_content_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    response_location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    response_body = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => new { x.user_name, x.key });
                });

            migrationBuilder.CreateTable(
                name: "technicians",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "case_insensitive"),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    team = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    position = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    pay_level = table.Column<int>(type: "integer", nullable: false),
                    hire_date = table.Column<DateOnly>(type: "date", nullable: false),
                    supervisor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_technicians", x => x.id);
                    table.ForeignKey(
                        name: "fk_technicians_technicians_supervisor_id",
                        column: x => x.supervisor_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "customers",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    zone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    responsible_technician_id = table.Column<Guid>(type: "uuid", nullable: true),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    last_contacted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customers", x => x.id);
                    table.ForeignKey(
                        name: "fk_customers_technicians_responsible_technician_id",
                        column: x => x.responsible_technician_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "discipline_records",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_discipline_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_discipline_records_technicians_technician_id",
                        column: x => x.technician_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "property_items",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    asset_tag = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "case_insensitive"),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    original_price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    returned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    lost_on = table.Column<DateOnly>(type: "date", nullable: true),
                    compensation = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_property_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_property_items_technicians_technician_id",
                        column: x => x.technician_id,
                        principalSchema: "aftersales",
                        principalTable: "technicians",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contact_records",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    contacted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_contact_records_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "aftersales",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "equipment",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "case_insensitive"),
                    serial_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "case_insensitive"),
                    purchase_date = table.Column<DateOnly>(type: "date", nullable: false),
                    warranty_ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    contract_ends_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_equipment", x => x.id);
                    table.ForeignKey(
                        name: "fk_equipment_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "aftersales",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_id_changed_at",
                schema: "aftersales",
                table: "audit_entries",
                columns: new[] { "entity_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_records_customer_id",
                schema: "aftersales",
                table: "contact_records",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_customers_name",
                schema: "aftersales",
                table: "customers",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_customers_responsible_technician_id",
                schema: "aftersales",
                table: "customers",
                column: "responsible_technician_id");

            migrationBuilder.CreateIndex(
                name: "ix_discipline_records_technician_id_occurred_on",
                schema: "aftersales",
                table: "discipline_records",
                columns: new[] { "technician_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_equipment_contract_ends_on",
                schema: "aftersales",
                table: "equipment",
                column: "contract_ends_on");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_customer_id",
                schema: "aftersales",
                table: "equipment",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_warranty_ends_on",
                schema: "aftersales",
                table: "equipment",
                column: "warranty_ends_on");

            migrationBuilder.CreateIndex(
                name: "ux_equipment_model_serial_number",
                schema: "aftersales",
                table: "equipment",
                columns: new[] { "model", "serial_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_created_at",
                schema: "aftersales",
                table: "idempotency_records",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_property_items_technician_id",
                schema: "aftersales",
                table: "property_items",
                column: "technician_id");

            migrationBuilder.CreateIndex(
                name: "ux_property_items_outstanding_asset_tag",
                schema: "aftersales",
                table: "property_items",
                column: "asset_tag",
                unique: true,
                filter: "returned_on IS NULL AND lost_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_technicians_status_team",
                schema: "aftersales",
                table: "technicians",
                columns: new[] { "status", "team" });

            migrationBuilder.CreateIndex(
                name: "ix_technicians_supervisor_id",
                schema: "aftersales",
                table: "technicians",
                column: "supervisor_id");

            migrationBuilder.CreateIndex(
                name: "ux_technicians_employee_number",
                schema: "aftersales",
                table: "technicians",
                column: "employee_number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "contact_records",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "discipline_records",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "equipment",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "idempotency_records",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "property_items",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "customers",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "technicians",
                schema: "aftersales");
        }
    }
}
