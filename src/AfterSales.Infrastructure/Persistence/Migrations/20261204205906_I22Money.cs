using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class I22Money : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "work_order_quotes",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: false),
                    priced_on = table.Column<DateOnly>(type: "date", nullable: false),
                    discount_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    discount_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    discount_needs_approval = table.Column<bool>(type: "boolean", nullable: false),
                    discount_approved_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    discount_approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    proposed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    accepted_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    lines = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_order_quotes", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_order_quotes_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalSchema: "aftersales",
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_work_order_quotes_technician_id_accepted_at",
                schema: "aftersales",
                table: "work_order_quotes",
                columns: new[] { "technician_id", "accepted_at" },
                filter: "discount_percent > 0 AND accepted_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ux_work_order_quotes_work_order_id_number",
                schema: "aftersales",
                table: "work_order_quotes",
                columns: new[] { "work_order_id", "number" },
                unique: true);

            // WO-11, WO-12 (r2): a fee accepted before quotes had lines becomes version 1, its labour one line and every
            // chargeable part on the order one part line, so no order bills less after the upgrade than before.
            migrationBuilder.Sql("""
                INSERT INTO aftersales.work_order_quotes (id, number, technician_id, priced_on, discount_percent, discount_needs_approval,
                                                          status, proposed_by, proposed_at, accepted_by, accepted_at, work_order_id, lines)
                SELECT gen_random_uuid(), 1, COALESCE(o.technician_id, '00000000-0000-0000-0000-000000000000'),
                       (COALESCE(o.quote_accepted_at, now()) AT TIME ZONE 'Asia/Shanghai')::date, 0, false, 'Accepted',
                       COALESCE(o.quote_accepted_by, 'carried over (r2)'), COALESCE(o.quote_accepted_at, now()),
                       COALESCE(o.quote_accepted_by, 'carried over (r2)'), COALESCE(o.quote_accepted_at, now()), o.id,
                       jsonb_build_array(jsonb_build_object('Kind', 'Labour', 'Code', 'Labour', 'Name', 'Labour quoted before the price list',
                           'Quantity', 1, 'ListPrice', COALESCE(o.quote_labour, 0.00), 'UnitPrice', COALESCE(o.quote_labour, 0.00),
                           'PriceReason', NULL, 'Amount', COALESCE(o.quote_labour, 0.00)))
                       || COALESCE((SELECT jsonb_agg(jsonb_build_object('Kind', 'Part', 'Code', p.part_number, 'Name', p.name,
                                        'Quantity', p.quantity, 'ListPrice', p.unit_price, 'UnitPrice', p.unit_price, 'PriceReason', NULL,
                                        'Amount', p.quantity * p.unit_price) ORDER BY p.id)
                                    FROM aftersales.work_order_parts p WHERE p.work_order_id = o.id AND p.chargeable), '[]'::jsonb)
                FROM aftersales.work_orders o
                WHERE o.quote_accepted_at IS NOT NULL
                   OR EXISTS (SELECT 1 FROM aftersales.work_order_parts p WHERE p.work_order_id = o.id AND p.chargeable);
                """);

            migrationBuilder.DropColumn(
                name: "quote_accepted_at",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "quote_accepted_by",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "quote_labour",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "quote_parts",
                schema: "aftersales",
                table: "work_orders");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "work_order_quotes",
                schema: "aftersales");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "quote_accepted_at",
                schema: "aftersales",
                table: "work_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "quote_accepted_by",
                schema: "aftersales",
                table: "work_orders",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "quote_labour",
                schema: "aftersales",
                table: "work_orders",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "quote_parts",
                schema: "aftersales",
                table: "work_orders",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);
        }
    }
}
