-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN "retrievedOn" TEXT NOT NULL DEFAULT '';
