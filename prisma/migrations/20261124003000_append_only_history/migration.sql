-- History is append-only: an AuditEvent or a Revision, once written, is never rewritten,
-- removed or replaced (tracker issue 9, item 10). The init migration refused UPDATE and
-- DELETE on AuditEvent; this adds the same to Revision, and for both refuses an INSERT
-- that would land on an existing row.
--
-- Why the INSERT triggers: `INSERT OR REPLACE` (and `REPLACE INTO`) deletes the row it
-- conflicts with, and SQLite fires DELETE triggers for that only while
-- `PRAGMA recursive_triggers` is on, which it is not by default and not per file. So
-- without them a raw REPLACE silently swaps history. A BEFORE INSERT trigger runs before
-- any conflict is resolved, so it sees the old row and refuses.
--
-- Foreign keys onto these tables are ON DELETE SET NULL: that is an UPDATE too, so a User,
-- ChangeRequest or ChangeItem that history points at can no longer be deleted (users are
-- disabled, never deleted).

CREATE TRIGGER "AuditEvent_no_replace" BEFORE INSERT ON "AuditEvent"
WHEN EXISTS (SELECT 1 FROM "AuditEvent" WHERE "id" = NEW."id")
BEGIN
    SELECT RAISE(ABORT, 'AuditEvent is append-only');
END;

CREATE TRIGGER "Revision_no_update" BEFORE UPDATE ON "Revision"
BEGIN
    SELECT RAISE(ABORT, 'Revision is append-only');
END;

CREATE TRIGGER "Revision_no_delete" BEFORE DELETE ON "Revision"
BEGIN
    SELECT RAISE(ABORT, 'Revision is append-only');
END;

-- Revision has a second unique key (one row per version of a record); REPLACE on it would
-- delete the old version's row just the same.
CREATE TRIGGER "Revision_no_replace" BEFORE INSERT ON "Revision"
WHEN EXISTS (
    SELECT 1 FROM "Revision"
    WHERE "id" = NEW."id"
       OR ("recordType" = NEW."recordType" AND "recordId" = NEW."recordId" AND "version" = NEW."version")
)
BEGIN
    SELECT RAISE(ABORT, 'Revision is append-only');
END;
