-- CreateTable
CREATE TABLE "StoredProfile" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "body" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "readAt" DATETIME NOT NULL
);

