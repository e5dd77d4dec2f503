using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OneAuditRowPerCommand : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Each earlier per-entity row becomes a row of one change; the command that made it was not recorded.
            migrationBuilder.Sql(
                """
                ALTER TABLE aftersales.audit_entries
                    ADD COLUMN command character varying(100),
                    ADD COLUMN correlation_id character varying(100),
                    ADD COLUMN entity_ids uuid[];

                UPDATE aftersales.audit_entries
                SET command = 'NotRecorded',
                    entity_ids = CASE WHEN part_id IS NULL THEN ARRAY[entity_id] ELSE ARRAY[entity_id, part_id] END,
                    changes = jsonb_build_array(jsonb_build_object(
                        'entityType', entity_type, 'entityId', entity_id, 'partId', part_id, 'action', action, 'properties', changes));

                ALTER TABLE aftersales.audit_entries
                    ALTER COLUMN command SET NOT NULL,
                    ALTER COLUMN entity_ids SET NOT NULL;

                DROP INDEX aftersales.ix_audit_entries_entity_id_changed_at;
                ALTER TABLE aftersales.audit_entries
                    DROP COLUMN entity_type,
                    DROP COLUMN action,
                    DROP COLUMN entity_id,
                    DROP COLUMN part_id;

                CREATE INDEX ix_audit_entries_entity_ids ON aftersales.audit_entries USING gin (entity_ids);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Each command's row is split into a row per changed entity again.
            migrationBuilder.Sql(
                """
                DROP INDEX aftersales.ix_audit_entries_entity_ids;
                ALTER TABLE aftersales.audit_entries
                    ADD COLUMN entity_type character varying(100),
                    ADD COLUMN action character varying(16),
                    ADD COLUMN entity_id uuid,
                    ADD COLUMN part_id uuid;

                INSERT INTO aftersales.audit_entries (id, entity_type, entity_id, part_id, action, changed_by, changed_at, changes, command, entity_ids)
                SELECT gen_random_uuid(), c->>'entityType', (c->>'entityId')::uuid, (c->>'partId')::uuid, c->>'action',
                       a.changed_by, a.changed_at, c->'properties', a.command, a.entity_ids
                FROM aftersales.audit_entries a
                CROSS JOIN LATERAL jsonb_array_elements(a.changes) AS c;

                DELETE FROM aftersales.audit_entries WHERE entity_type IS NULL;
                ALTER TABLE aftersales.audit_entries
                    ALTER COLUMN entity_type SET NOT NULL,
                    ALTER COLUMN action SET NOT NULL,
                    ALTER COLUMN entity_id SET NOT NULL,
                    DROP COLUMN command,
                    DROP COLUMN correlation_id,
                    DROP COLUMN entity_ids;

                CREATE INDEX ix_audit_entries_entity_id_changed_at ON aftersales.audit_entries (entity_id, changed_at);
                """);
        }
    }
}
