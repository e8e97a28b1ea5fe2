-- Search keys of every name (lib/search-key.ts), looked up by prefix ranges on "key".
-- Derived data: filled by reindexAllNames (the seed runs it) and per record on approval.
CREATE TABLE "SearchKey" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "country" TEXT
);

-- CreateIndex
CREATE INDEX "SearchKey_key_idx" ON "SearchKey"("key");

-- CreateIndex
CREATE INDEX "SearchKey_recordId_idx" ON "SearchKey"("recordId");
