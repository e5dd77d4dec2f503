using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// the change feed's marks, kept by the database so that no write path can forget them (decision 0013). Every
    /// insert and update of an order stamps the id of its transaction (<c>xid8</c>, which never wraps); an order leaving
    /// its technician (reassigned away, or cancelled) leaves a tombstone stamped the same way. Neither is in the EF model:
    /// only the feed's SQL reads them.
    /// </summary>
    public partial class ChangeFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE aftersales.work_orders ADD COLUMN change_xid xid8 NOT NULL DEFAULT pg_current_xact_id();
                CREATE INDEX ix_work_orders_technician_id_change_xid ON aftersales.work_orders (technician_id, change_xid);

                CREATE TABLE aftersales.work_order_departures (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    work_order_id uuid NOT NULL REFERENCES aftersales.work_orders (id) ON DELETE CASCADE,
                    technician_id uuid NOT NULL,
                    reason character varying(20) NOT NULL,
                    change_xid xid8 NOT NULL DEFAULT pg_current_xact_id());
                CREATE INDEX ix_work_order_departures_technician_id_change_xid ON aftersales.work_order_departures (technician_id, change_xid);

                CREATE FUNCTION aftersales.stamp_work_order_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.change_xid := pg_current_xact_id();
                    RETURN NEW;
                END $$;
                CREATE TRIGGER stamp_work_order_change BEFORE UPDATE ON aftersales.work_orders
                    FOR EACH ROW EXECUTE FUNCTION aftersales.stamp_work_order_change();

                CREATE FUNCTION aftersales.record_work_order_departure() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF OLD.technician_id IS NOT NULL AND NEW.technician_id IS DISTINCT FROM OLD.technician_id THEN
                        INSERT INTO aftersales.work_order_departures (work_order_id, technician_id, reason)
                        VALUES (OLD.id, OLD.technician_id, 'Reassigned');
                    END IF;
                    IF NEW.status = 'Cancelled' AND OLD.status <> 'Cancelled' AND NEW.technician_id IS NOT NULL THEN
                        INSERT INTO aftersales.work_order_departures (work_order_id, technician_id, reason)
                        VALUES (NEW.id, NEW.technician_id, 'Cancelled');
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER record_work_order_departure AFTER UPDATE OF technician_id, status ON aftersales.work_orders
                    FOR EACH ROW EXECUTE FUNCTION aftersales.record_work_order_departure();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER record_work_order_departure ON aftersales.work_orders;
                DROP FUNCTION aftersales.record_work_order_departure();
                DROP TRIGGER stamp_work_order_change ON aftersales.work_orders;
                DROP FUNCTION aftersales.stamp_work_order_change();
                DROP TABLE aftersales.work_order_departures;
                DROP INDEX aftersales.ix_work_orders_technician_id_change_xid;
                ALTER TABLE aftersales.work_orders DROP COLUMN change_xid;
                """);
        }
    }
}
