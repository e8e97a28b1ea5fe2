-- Citations are proposed, approved and retired like any record, so they carry a version
-- (for stale-change detection) and a retirement date.
ALTER TABLE "Citation" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Citation" ADD COLUMN "retiredAt" DATETIME;
