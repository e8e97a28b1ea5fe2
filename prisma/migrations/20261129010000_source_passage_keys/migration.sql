-- Sources found by a passage of theirs (lib/source-passages.ts). Sources without a key, as every
-- source is until it is next written, are always read.
-- CreateTable
CREATE TABLE "SourcePassageKey" (
    "sourceId" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    CONSTRAINT "SourcePassageKey_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SourcePassageKey_key_idx" ON "SourcePassageKey"("key");

