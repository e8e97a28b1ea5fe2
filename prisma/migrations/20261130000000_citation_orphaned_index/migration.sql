-- The coverage report counts and lists orphaned quotes (lib/coverage.ts): a few among thousands.
-- CreateIndex
CREATE INDEX "Citation_orphanedAt_idx" ON "Citation"("orphanedAt");
