-- The team's roles and what each may do, enforced by the server rather than by Rendition: a
-- login is one person, and the database roles below are their roles in Rendition. Repeatable
-- (R__): Flyway runs it again whenever it changes, so a new table's grants go here.

DO $$
BEGIN
    IF to_regrole('rendition_analyst') IS NULL THEN
        CREATE ROLE rendition_analyst NOLOGIN;
    END IF;
    IF to_regrole('rendition_supervisor') IS NULL THEN
        CREATE ROLE rendition_supervisor NOLOGIN;
    END IF;
    IF to_regrole('rendition_administrator') IS NULL THEN
        CREATE ROLE rendition_administrator NOLOGIN;
    END IF;
END
$$;

-- Everyone is at least an analyst. Administrators are not supervisors: the duties stay apart.
GRANT rendition_analyst TO rendition_supervisor;
GRANT rendition_analyst TO rendition_administrator;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO rendition_analyst;
-- Reading everything (Flyway's table included, so a client can check the schema version).
GRANT SELECT ON ALL TABLES IN SCHEMA public TO rendition_analyst;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO rendition_analyst;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO rendition_analyst;

-- Memory, glossaries and saved documents are everyone's work.
GRANT INSERT, UPDATE, DELETE ON tm_entry, tm_property, tm_word, tm_header, tm_header_item,
    glossary, glossary_concept, glossary_concept_term, glossary_field, glossary_file,
    project, project_segment TO rendition_analyst;
-- Settings are the team's and the administrators' to change.
GRANT INSERT, UPDATE, DELETE ON setting, pair_model TO rendition_administrator;

-- History is insert-only for every login but the owner: no UPDATE, DELETE or TRUNCATE is
-- granted to anyone, and the head is written only by the trigger below.
GRANT INSERT ON history_event TO rendition_analyst;

-- Runs as the owner (SECURITY DEFINER) so that it can write the head no login can write, and
-- checks what an analyst's raw SQL could otherwise fake: the row extends the chain, carries
-- the login that wrote it, and approvals come from supervisors.
CREATE OR REPLACE FUNCTION history_event_extends_chain() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    head history_head%ROWTYPE;
BEGIN
    SELECT * INTO head FROM history_head WHERE id = 1 FOR UPDATE;
    IF NEW.sequence <> head.sequence + 1 OR NEW.previous_hash <> head.hash THEN
        RAISE EXCEPTION 'history row % does not extend the chain, whose last row is %', NEW.sequence, head.sequence
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.os_user <> session_user THEN
        RAISE EXCEPTION 'history rows of the login % cannot name % as the user', session_user, NEW.os_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.kind IN ('REVIEW_APPROVED', 'REVIEW_RETURNED')
            AND NOT pg_has_role(session_user, 'rendition_supervisor', 'USAGE') THEN
        RAISE EXCEPTION 'only a supervisor can approve or return a document; % is not one', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE history_head SET sequence = NEW.sequence, hash = NEW.hash, row_count = row_count + 1 WHERE id = 1;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS history_event_extends_chain ON history_event;
CREATE TRIGGER history_event_extends_chain BEFORE INSERT ON history_event
    FOR EACH ROW EXECUTE FUNCTION history_event_extends_chain();
