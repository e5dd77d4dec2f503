using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// WO-6 (r2): an equipment item's contracted arrival hours. CU-1 (r2): a corrected customer or machine changes what
    /// its open orders show their technician (the <c>site</c> of WO-21), so the correction touches those orders' rows in
    /// its own transaction: their <c>xmin</c> (the ETag) changes, so an If-None-Match read cannot answer a stale 304, and
    /// the change feed's stamp (decision 0013) moves, so the feed sends them again. Triggers, like the feed's own, so no
    /// write path can forget; they fire only when a column the site shows really changed.
    /// </summary>
    public partial class CorrectionsAndContractArrivalHours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "arrival_working_hours",
                schema: "aftersales",
                table: "equipment",
                type: "integer",
                nullable: true);

            migrationBuilder.Sql("""
                CREATE FUNCTION aftersales.touch_open_orders_of_customer() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE aftersales.work_orders SET change_xid = pg_current_xact_id()
                    WHERE customer_id = NEW.id AND status NOT IN ('Closed', 'Cancelled');
                    RETURN NULL;
                END $$;
                CREATE TRIGGER touch_open_orders_of_customer AFTER UPDATE OF name, phone, address, zone ON aftersales.customers
                    FOR EACH ROW WHEN ((OLD.name, OLD.phone, OLD.address, OLD.zone) IS DISTINCT FROM (NEW.name, NEW.phone, NEW.address, NEW.zone))
                    EXECUTE FUNCTION aftersales.touch_open_orders_of_customer();

                CREATE FUNCTION aftersales.touch_open_orders_of_equipment() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE aftersales.work_orders SET change_xid = pg_current_xact_id()
                    WHERE equipment_id = NEW.id AND status NOT IN ('Closed', 'Cancelled');
                    RETURN NULL;
                END $$;
                CREATE TRIGGER touch_open_orders_of_equipment
                    AFTER UPDATE OF model, serial_number, purchase_date, warranty_ends_on, contract_ends_on, arrival_working_hours ON aftersales.equipment
                    FOR EACH ROW WHEN ((OLD.model, OLD.serial_number, OLD.purchase_date, OLD.warranty_ends_on, OLD.contract_ends_on, OLD.arrival_working_hours)
                        IS DISTINCT FROM (NEW.model, NEW.serial_number, NEW.purchase_date, NEW.warranty_ends_on, NEW.contract_ends_on, NEW.arrival_working_hours))
                    EXECUTE FUNCTION aftersales.touch_open_orders_of_equipment();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER touch_open_orders_of_equipment ON aftersales.equipment;
                DROP FUNCTION aftersales.touch_open_orders_of_equipment();
                DROP TRIGGER touch_open_orders_of_customer ON aftersales.customers;
                DROP FUNCTION aftersales.touch_open_orders_of_customer();
                """);

            migrationBuilder.DropColumn(
                name: "arrival_working_hours",
                schema: "aftersales",
                table: "equipment");
        }
    }
}
