import type { Prisma } from "@/lib/generated/prisma/client";

// The soft tag Next.js gives the root layout, and so carried by every cached page.
export const EVERY_PAGE_TAG = "_N_T_/layout";

// A render that read the records just before an approval committed may be cached a little
// after it; anything cached within this margin is rendered again after a restart. A minute
// is Next's own limit on one render (staticPageGenerationTimeout).
const RENDER_MARGIN_MS = 60_000;

type Db = Pick<Prisma.TransactionClient, "revalidatedTag" | "$executeRaw">;

// Call in the transaction that changes what the pages tagged `tags` show, so the record of
// their revalidation commits with the change or not at all.
export async function recordRevalidatedTags(db: Db, tags: string[], staleBefore = new Date(Date.now() + RENDER_MARGIN_MS)) {
  if (tags.length === 0) return;
  // One statement however many tags: an import's batch refreshes a thousand pages.
  await db.$executeRaw`INSERT INTO "RevalidatedTag" ("tag", "staleBefore") SELECT j.value, ${staleBefore} FROM json_each(${JSON.stringify(tags)}) AS j
    WHERE true ON CONFLICT ("tag") DO UPDATE SET "staleBefore" = excluded."staleBefore"`;
}

// With the app stopped, after its database was replaced (a restore, a fresh database under
// an existing build): every page cached until now is stale.
export async function markEveryPageStale(db: Db) {
  await recordRevalidatedTags(db, [EVERY_PAGE_TAG], new Date());
}

// Each tag with the time before which a page cached with it is stale, as of `now`.
export async function readTagExpiries(db: Db, now = Date.now()): Promise<Map<string, number>> {
  const rows = await db.revalidatedTag.findMany();
  return new Map(rows.map((row) => [row.tag, Math.min(now, row.staleBefore.getTime())]));
}
