using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InquiriesIQ1 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "inquiry_number_seq",
                schema: "aftersales");

            migrationBuilder.AddColumn<Guid>(
                name: "inquiry_id",
                schema: "aftersales",
                table: "work_orders",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "inquiry_id",
                schema: "aftersales",
                table: "complaints",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "inquiries",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    caller_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    caller_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    promised_reply_by = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    answered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    work_order_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: true),
                    complaint_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    next_clock_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    worst_clock_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    clocks = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inquiries", x => x.id);
                    table.ForeignKey(
                        name: "fk_inquiries_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "aftersales",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inquiry_collection_runs",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inquiry_collection_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inquiry_replies",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    responded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    inquiry_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inquiry_replies", x => x.id);
                    table.ForeignKey(
                        name: "fk_inquiry_replies_inquiries_inquiry_id",
                        column: x => x.inquiry_id,
                        principalSchema: "aftersales",
                        principalTable: "inquiries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_inquiry_id",
                schema: "aftersales",
                table: "work_orders",
                column: "inquiry_id",
                filter: "inquiry_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_inquiry_id",
                schema: "aftersales",
                table: "complaints",
                column: "inquiry_id",
                filter: "inquiry_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_inquiries_breached",
                schema: "aftersales",
                table: "inquiries",
                column: "received_at",
                descending: new bool[0],
                filter: "worst_clock_state = 'Breached'");

            migrationBuilder.CreateIndex(
                name: "ix_inquiries_customer_id",
                schema: "aftersales",
                table: "inquiries",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_inquiries_next_clock_deadline",
                schema: "aftersales",
                table: "inquiries",
                column: "next_clock_deadline",
                filter: "next_clock_deadline IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_inquiries_received_at",
                schema: "aftersales",
                table: "inquiries",
                column: "received_at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_inquiries_status_received_at",
                schema: "aftersales",
                table: "inquiries",
                columns: new[] { "status", "received_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ux_inquiries_number",
                schema: "aftersales",
                table: "inquiries",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inquiry_collection_runs_at",
                schema: "aftersales",
                table: "inquiry_collection_runs",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_inquiry_replies_inquiry_id",
                schema: "aftersales",
                table: "inquiry_replies",
                column: "inquiry_id");

            migrationBuilder.AddForeignKey(
                name: "fk_complaints_inquiries_inquiry_id",
                schema: "aftersales",
                table: "complaints",
                column: "inquiry_id",
                principalSchema: "aftersales",
                principalTable: "inquiries",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_work_orders_inquiries_inquiry_id",
                schema: "aftersales",
                table: "work_orders",
                column: "inquiry_id",
                principalSchema: "aftersales",
                principalTable: "inquiries",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_complaints_inquiries_inquiry_id",
                schema: "aftersales",
                table: "complaints");

            migrationBuilder.DropForeignKey(
                name: "fk_work_orders_inquiries_inquiry_id",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropTable(
                name: "inquiry_collection_runs",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "inquiry_replies",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "inquiries",
                schema: "aftersales");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_inquiry_id",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropIndex(
                name: "ix_complaints_inquiry_id",
                schema: "aftersales",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "inquiry_id",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "inquiry_id",
                schema: "aftersales",
                table: "complaints");

            migrationBuilder.DropSequence(
                name: "inquiry_number_seq",
                schema: "aftersales");
        }
    }
}
