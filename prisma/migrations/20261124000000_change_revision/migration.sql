-- A reviewer's decision names the revision of the change they saw (issue: four-eyes that cannot be tricked).
ALTER TABLE "ChangeRequest" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 1;
