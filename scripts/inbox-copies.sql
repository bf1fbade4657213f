-- Copies of the open reviews that seed-inbox made, for measuring the inbox at scale only (review-service/README.md,
-- "Inbox at scale"): each copy k of a message gets new ids (engine ids + '-k', message ids md5(id || '#' || k)) and the
-- same priority, candidate groups, due date, screening, draft and check. The copies have no variables, jobs or history:
-- they fill the inbox's list, they cannot be decided. Never on a clinic's database.
--   runuser -u postgres -- psql -p PORT -d DATABASE -v copies=18 -f scripts/inbox-copies.sql
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE k AS SELECT generate_series(1, :copies) AS k;
CREATE TEMP TABLE msg AS SELECT m.id AS old_id, k.k, md5(m.id::text || '#' || k.k)::uuid AS new_id FROM patient_message m, k;
INSERT INTO patient_message SELECT (jsonb_populate_record(NULL::patient_message, to_jsonb(m)
   || jsonb_build_object('id', x.new_id, 'process_instance_id', CASE WHEN m.process_instance_id IS NULL THEN NULL ELSE m.process_instance_id || '-' || x.k END))).*
   FROM patient_message m JOIN msg x ON x.old_id = m.id;
INSERT INTO message_screening SELECT (jsonb_populate_record(NULL::message_screening, to_jsonb(s) || jsonb_build_object('message_id', x.new_id))).*
   FROM message_screening s JOIN msg x ON x.old_id = s.message_id;
INSERT INTO draft SELECT (jsonb_populate_record(NULL::draft, to_jsonb(d) || jsonb_build_object('message_id', x.new_id,
   'process_instance_id', CASE WHEN d.process_instance_id IS NULL THEN NULL ELSE d.process_instance_id || '-' || x.k END))).*
   FROM draft d JOIN msg x ON x.old_id = d.message_id;
INSERT INTO draft_check SELECT (jsonb_populate_record(NULL::draft_check, to_jsonb(c) || jsonb_build_object('message_id', x.new_id))).*
   FROM draft_check c JOIN msg x ON x.old_id = c.message_id;
INSERT INTO act_ru_execution SELECT (jsonb_populate_record(NULL::act_ru_execution, to_jsonb(e) || jsonb_build_object(
     'id_', e.id_ || '-' || k.k, 'proc_inst_id_', e.proc_inst_id_ || '-' || k.k, 'root_proc_inst_id_', e.root_proc_inst_id_ || '-' || k.k,
     'parent_id_', CASE WHEN e.parent_id_ IS NULL THEN NULL ELSE e.parent_id_ || '-' || k.k END,
     'business_key_', CASE WHEN e.business_key_ IS NULL THEN NULL ELSE md5(e.business_key_ || '#' || k.k)::uuid::text END))).*
   FROM act_ru_execution e, k ORDER BY (e.parent_id_ IS NOT NULL);
INSERT INTO act_ru_task SELECT (jsonb_populate_record(NULL::act_ru_task, to_jsonb(t) || jsonb_build_object(
     'id_', t.id_ || '-' || k.k, 'execution_id_', t.execution_id_ || '-' || k.k, 'proc_inst_id_', t.proc_inst_id_ || '-' || k.k))).*
   FROM act_ru_task t, k;
INSERT INTO act_ru_identitylink SELECT (jsonb_populate_record(NULL::act_ru_identitylink, to_jsonb(l) || jsonb_build_object(
     'id_', l.id_ || '-' || k.k, 'task_id_', l.task_id_ || '-' || k.k))).*
   FROM act_ru_identitylink l, k WHERE l.task_id_ IS NOT NULL;
COMMIT;
ANALYZE;
