using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class X6FilesAndSignatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // WO-9 (r2): a photo is now a file the API holds. The free-text references kept before pointed at files the
            // API never had, so no photo can be carried over; the demo data has none.
            migrationBuilder.Sql("DELETE FROM aftersales.work_order_photos;");

            migrationBuilder.DropIndex(
                name: "ix_work_order_photos_work_order_id",
                schema: "aftersales",
                table: "work_order_photos");

            migrationBuilder.DropColumn(
                name: "reference",
                schema: "aftersales",
                table: "work_order_photos");

            migrationBuilder.AddColumn<Guid>(
                name: "sign_off_signature_file_id",
                schema: "aftersales",
                table: "work_orders",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "file_id",
                schema: "aftersales",
                table: "work_order_photos",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "file_contents",
                schema: "aftersales",
                columns: table => new
                {
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_file_contents", x => x.sha256);
                });

            migrationBuilder.CreateTable(
                name: "file_uploads",
                schema: "aftersales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    declared_content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_bytes = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_file_uploads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "file_upload_parts",
                schema: "aftersales",
                columns: table => new
                {
                    upload_id = table.Column<Guid>(type: "uuid", nullable: false),
                    offset = table.Column<long>(type: "bigint", nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_file_upload_parts", x => new { x.upload_id, x.offset });
                    table.ForeignKey(
                        name: "fk_file_upload_parts_file_uploads_upload_id",
                        column: x => x.upload_id,
                        principalSchema: "aftersales",
                        principalTable: "file_uploads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_sign_off_signature_file_id",
                schema: "aftersales",
                table: "work_orders",
                column: "sign_off_signature_file_id",
                filter: "sign_off_signature_file_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_work_order_photos_file_id",
                schema: "aftersales",
                table: "work_order_photos",
                column: "file_id");

            migrationBuilder.CreateIndex(
                name: "ux_work_order_photos_work_order_id_file_id",
                schema: "aftersales",
                table: "work_order_photos",
                columns: new[] { "work_order_id", "file_id" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_work_order_photos_file_uploads_file_id",
                schema: "aftersales",
                table: "work_order_photos",
                column: "file_id",
                principalSchema: "aftersales",
                principalTable: "file_uploads",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_work_order_photos_file_uploads_file_id",
                schema: "aftersales",
                table: "work_order_photos");

            migrationBuilder.DropTable(
                name: "file_contents",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "file_upload_parts",
                schema: "aftersales");

            migrationBuilder.DropTable(
                name: "file_uploads",
                schema: "aftersales");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_sign_off_signature_file_id",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropIndex(
                name: "ix_work_order_photos_file_id",
                schema: "aftersales",
                table: "work_order_photos");

            migrationBuilder.DropIndex(
                name: "ux_work_order_photos_work_order_id_file_id",
                schema: "aftersales",
                table: "work_order_photos");

            migrationBuilder.DropColumn(
                name: "sign_off_signature_file_id",
                schema: "aftersales",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "file_id",
                schema: "aftersales",
                table: "work_order_photos");

            migrationBuilder.AddColumn<string>(
                name: "reference",
                schema: "aftersales",
                table: "work_order_photos",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "ix_work_order_photos_work_order_id",
                schema: "aftersales",
                table: "work_order_photos",
                column: "work_order_id");
        }
    }
}
