-- The editors' lists read a page of fifty by keyset (lib/keyset.ts): each sorted by its column then id,
-- so a page is a range of one index, even where an import gave thousands of rows one timestamp.
-- DropIndex
DROP INDEX "AuditEvent_at_idx";
-- CreateIndex
CREATE INDEX "Agreement_updatedAt_id_idx" ON "Agreement"("updatedAt", "id");
-- CreateIndex
CREATE INDEX "Delegation_title_id_idx" ON "Delegation"("title", "id");
-- CreateIndex
CREATE INDEX "Event_name_id_idx" ON "Event"("name", "id");
-- CreateIndex
CREATE INDEX "Figure_updatedAt_id_idx" ON "Figure"("updatedAt", "id");
-- CreateIndex
CREATE INDEX "Source_title_id_idx" ON "Source"("title", "id");
-- CreateIndex
CREATE INDEX "ChangeRequest_authorId_updatedAt_id_idx" ON "ChangeRequest"("authorId", "updatedAt", "id");
-- CreateIndex
CREATE INDEX "AuditEvent_at_id_idx" ON "AuditEvent"("at", "id");
