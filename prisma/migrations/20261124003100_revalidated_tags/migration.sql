-- Cache tag revalidations survive a restart or a crash (tracker issue 9, item 11): see the
-- RevalidatedTag model and instrumentation.ts.
CREATE TABLE "RevalidatedTag" (
    "tag" TEXT NOT NULL PRIMARY KEY,
    "staleBefore" DATETIME NOT NULL
);
