-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN "withdrawnAt" DATETIME;

-- CreateTable
CREATE TABLE "FormDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "formKey" TEXT NOT NULL,
    "values" TEXT NOT NULL,
    "savedAt" DATETIME NOT NULL,
    CONSTRAINT "FormDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "FormDraft_userId_formKey_key" ON "FormDraft"("userId", "formKey");

