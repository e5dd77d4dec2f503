-- Benchmark data, set-based. Run after the API has migrated the schema:
--   psql -v first=1 -v last=10000 -f bench/seed.sql
-- inserts work orders first..last with their six SLA clocks on the row (older as the index grows, so later batches never
-- change the newest page)
-- plus, once, the 500 technicians, 1,000 customers with one machine each, and 500 approved assessments
-- for 2026-10 that the monthly grade report reads. Ids are derived from md5 of a label and an index so
-- every batch can reference the base rows without a join.
\set ON_ERROR_STOP on
SET synchronous_commit = on;

BEGIN;

INSERT INTO aftersales.technicians (id, employee_number, name, phone, team, position, pay_level, hire_date, supervisor_id, status, updated_at)
SELECT md5('tech' || t)::uuid, 'B' || lpad(t::text, 5, '0'), 'Bench Technician ' || t, '+86 138 0000 ' || lpad(t::text, 4, '0'),
       'Team ' || (t % 20), 'FieldTechnician', 2, date '2020-01-01' + t, NULL, 'Active', now()
FROM generate_series(0, 499) AS t
ON CONFLICT DO NOTHING;

INSERT INTO aftersales.customers (id, name, phone, address, zone, responsible_technician_id, registered_on, last_contacted_on, updated_at)
SELECT md5('cust' || c)::uuid, 'Bench Customer ' || c, '+86 139 0000 ' || lpad(c::text, 4, '0'), c || ' Bench Road',
       (ARRAY['Urban', 'Suburban', 'Remote'])[1 + c % 3], md5('tech' || (c % 500))::uuid, date '2024-01-01', NULL, now()
FROM generate_series(0, 999) AS c
ON CONFLICT DO NOTHING;

INSERT INTO aftersales.equipment (id, customer_id, model, serial_number, purchase_date, warranty_ends_on, contract_ends_on)
SELECT md5('equip' || c)::uuid, md5('cust' || c)::uuid, 'EX-' || (200 + c % 7), 'SN-BENCH-' || lpad(c::text, 6, '0'),
       date '2024-01-01', date '2025-01-01', NULL
FROM generate_series(0, 999) AS c
ON CONFLICT DO NOTHING;

INSERT INTO aftersales.monthly_assessments (
    id, technician_id, month, status,
    scores_initiative, scores_coordination, scores_loyalty, scores_planning, scores_execution, scores_work_quality,
    performance_satisfaction_count, performance_satisfaction_out_of, performance_satisfaction_weight,
    performance_resolution_count, performance_resolution_out_of, performance_resolution_weight,
    performance_timeliness_count, performance_timeliness_out_of, performance_timeliness_weight,
    performance_quality_count, performance_quality_out_of, performance_quality_weight,
    performance_computed_at, discipline_records, discipline_deduction, complaint_deduction, total, grade,
    pay_adjustment_satisfaction_percent, pay_adjustment_complaint_percent, due_on, submitted_late,
    created_by, created_at, scored_by, scored_at, submitted_by, submitted_at, approved_by, approved_at, updated_at, team)
SELECT md5('assess' || t)::uuid, md5('tech' || t)::uuid, date '2026-10-01', 'Approved',
       CASE WHEN t % 2 = 0 THEN 14 ELSE 5 END, 9, 14, 5, 5, 9 - t % 3,
       9, 10, 10, 10, 10, 10, 8, 10, 10, 10, 10, 10,
       timestamptz '2026-11-02 09:00+08', 0, 0, 0, 93 - t % 3 - (t % 2) * 9, CASE WHEN t % 2 = 0 THEN 'A' ELSE 'B' END,
       5, 0, date '2026-11-08', false,
       'lead', timestamptz '2026-11-01 09:00+08', 'lead', timestamptz '2026-11-02 09:00+08', 'lead', timestamptz '2026-11-03 09:00+08',
       'manager', timestamptz '2026-11-04 09:00+08', now(), 'Team ' || (t % 20)
FROM generate_series(0, 499) AS t
ON CONFLICT DO NOTHING;

-- Status mix: 20 % Registered, then Assigned, Scheduled, InProgress, Resolved, 30 % Closed, Cancelled.
-- Every order has its six SLA clocks (WO-6) on its row, as the API creates them: dispatch, arrival and resolution
-- start when the order is received; contact, plan and follow-up wait for their events. Clocks an order's status
-- has passed are stopped as met. The standing columns are what SlaStanding.Of makes of them (no method is chosen,
-- so the arrival clock does not count yet).
INSERT INTO aftersales.work_orders (
    id, number, status, channel, customer_id, equipment_id, zone, priority, service_type, problem_description,
    received_at, received_on, technician_id, team, late_arrival, reopen_count, updated_at,
    clocks, next_clock_deadline, worst_clock_state)
SELECT md5('wo' || i)::uuid,
       'WO-B-' || lpad(i::text, 9, '0'),
       s.status,
       (ARRAY['Phone', 'WebForm'])[1 + i % 2],
       md5('cust' || (i % 1000))::uuid,
       md5('equip' || (i % 1000))::uuid,
       (ARRAY['Urban', 'Suburban', 'Remote'])[1 + (i % 1000) % 3],
       CASE WHEN i % 17 = 0 THEN 'Urgent' ELSE 'Normal' END,
       'Paid',
       'Hydraulic pump loses pressure under load; customer reports noise at start-up (bench order ' || i || ').',
       r.at, (r.at AT TIME ZONE 'Asia/Shanghai')::date,
       CASE WHEN s.status IN ('Registered', 'Cancelled') THEN NULL ELSE md5('tech' || (i % 500))::uuid END,
       CASE WHEN s.status IN ('Registered', 'Cancelled') THEN NULL ELSE 'Team ' || (i % 500 % 20) END,
       false, 0, r.at,
       k.clocks, k.next_deadline, k.worst_state
FROM generate_series(:first::int, :last::int) AS i
CROSS JOIN LATERAL (SELECT timestamptz '2026-11-01 00:00+00' - i * interval '37 seconds' AS at) AS r
CROSS JOIN LATERAL (SELECT (ARRAY['Registered', 'Registered', 'Assigned', 'Scheduled', 'InProgress', 'Resolved',
                                  'Closed', 'Closed', 'Closed', 'Cancelled'])[1 + i % 10] AS status) AS s0
CROSS JOIN LATERAL (SELECT s0.status, array_position(ARRAY['Registered', 'Assigned', 'Scheduled', 'InProgress', 'Resolved',
                                                           'Closed', 'Cancelled'], s0.status) AS rank) AS s
CROSS JOIN LATERAL (
    SELECT jsonb_agg(jsonb_build_object('Name', c.name, 'StartedAt', c.started_at, 'Deadline', c.deadline,
                                        -- WO-17: a field clock is breached 12 hours after its deadline, an office clock at it.
                                        'FinalDeadline', CASE WHEN c.name IN ('Contact', 'Plan', 'Arrival', 'Resolution')
                                                              THEN c.deadline + interval '12 hours' ELSE c.deadline END,
                                        'StoppedAt', c.stopped_at, 'State', c.state, 'BreachedAt', NULL) ORDER BY c.position) AS clocks,
           min(c.deadline) FILTER (WHERE c.counted AND c.state = 'Pending' AND c.started_at IS NOT NULL AND c.stopped_at IS NULL) AS next_deadline,
           CASE WHEN bool_or(c.counted AND c.started_at IS NOT NULL AND c.state = 'Pending') THEN 'Pending'
                WHEN bool_or(c.counted AND c.started_at IS NOT NULL AND c.state = 'Met') THEN 'Met'
                ELSE 'NotApplicable' END AS worst_state
    FROM (
        SELECT d.position, d.name, d.name <> 'Arrival' AS counted,
               CASE WHEN d.starts_at_receipt THEN r.at END AS started_at,
               CASE WHEN d.starts_at_receipt THEN r.at + d.allowed END AS deadline,
               CASE WHEN d.starts_at_receipt AND s.rank > d.met_after_rank THEN r.at + d.allowed / 2 END AS stopped_at,
               CASE WHEN s.status = 'Cancelled' THEN 'NotApplicable'
                    WHEN d.starts_at_receipt AND s.rank > d.met_after_rank THEN 'Met'
                    ELSE 'Pending' END AS state
        FROM (VALUES (1, 'Dispatch', true, interval '2 hours', 1), (2, 'Contact', false, NULL, 0), (3, 'Plan', false, NULL, 0),
                     (4, 'Arrival', true, interval '24 hours', 4), (5, 'Resolution', true, interval '72 hours', 4),
                     (6, 'FollowUp', false, NULL, 0)) AS d(position, name, starts_at_receipt, allowed, met_after_rank)) AS c) AS k;

COMMIT;
ANALYZE aftersales.work_orders;
