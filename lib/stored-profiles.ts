import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { prisma } from "@/lib/db";
import { tagCacheWith } from "@/lib/cache-tags";
import { EVERY_PAGE_TAG } from "@/lib/revalidated-tags";

// A profile as read from the records, with the cache tags whose revalidation makes it stale.
export type ReadProfile<T> = { profile: T | null; tags: string[] };

// What one of a profile's queries finds, when it finds something: the shape of a part of it.
export type Found<Query extends (...args: never[]) => Promise<unknown>> = NonNullable<Awaited<ReturnType<Query>>>;

// JSON keeps no dates: each is written as { $date: ms } and read back as a Date. The JSON is
// stored gzipped (base64): Prisma hands a 50 kB string over in about 2 ms, its 7 kB gzip in
// a tenth of that, and gunzip takes less.
function encode(value: unknown): string {
  const json = JSON.stringify(value, function (this: Record<string, unknown>, key, json) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.getTime() } : json;
  });
  return gzipSync(json).toString("base64");
}

function decode<T>(body: string): T {
  // Only encode() writes "$date": a profile's own keys are field names of the schema.
  const json = gunzipSync(Buffer.from(body, "base64")).toString("utf8");
  return JSON.parse(json, (_key, value) =>
    typeof value === "object" && value !== null && typeof value.$date === "number" ? new Date(value.$date) : value,
  ) as T;
}

type Row = { body: string; tags: string };

// The build serving this process (Next writes its id beside the build). A deploy may change
// what a profile holds, so a copy stored by another build is read afresh, never decoded into
// a shape this code does not expect. Outside a build (unit tests) every copy is one build's.
function currentBuild(): string {
  try {
    return readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "unbuilt";
  }
}
const BUILD = currentBuild();

// The stored profile, unless one of its tags (or the whole site's, after a restore) was
// revalidated after it was read: the rule Next applies to the cached page, checked in the
// same statement that reads the row. Only this build's copies count.
async function findValid(key: string): Promise<Row | null> {
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT p."body", p."tags" FROM "StoredProfile" p WHERE p."key" = ${key} AND p."build" = ${BUILD} AND NOT EXISTS (
      SELECT 1 FROM "RevalidatedTag" r WHERE r."staleBefore" > p."readAt"
        AND (r."tag" IN (SELECT t.value FROM json_each(p."tags") AS t) OR r."tag" = ${EVERY_PAGE_TAG}))`;
  return rows[0] ?? null;
}

// Best effort: a profile not stored (the database busy with an approval) is read again next time.
async function store(key: string, readAt: Date, { profile, tags }: ReadProfile<unknown>) {
  try {
    await prisma.$executeRaw`
      INSERT INTO "StoredProfile" ("key", "body", "tags", "readAt", "build") VALUES (${key}, ${encode(profile)}, ${JSON.stringify(tags)}, ${readAt}, ${BUILD})
      ON CONFLICT ("key") DO UPDATE SET "body" = excluded."body", "tags" = excluded."tags", "readAt" = excluded."readAt", "build" = excluded."build"`;
  } catch (error) {
    console.warn(`Profile ${key} not stored:`, error);
  }
}

// A public profile from its stored copy when still valid, else read from the records and
// stored. Either way the cache entry calling this is tagged as the profile was read.
// `readAt` is taken before reading, so an approval committing during the read makes the
// copy stale (its revalidated tags are marked stale from its commit on, lib/revalidated-tags.ts).
export async function storedProfile<T>(key: string, read: () => Promise<ReadProfile<T>>): Promise<T | null> {
  const stored = await findValid(key);
  if (stored) {
    tagCacheWith(JSON.parse(stored.tags) as string[]);
    return decode<T>(stored.body);
  }
  const readAt = new Date();
  const fresh = await read();
  tagCacheWith(fresh.tags);
  if (fresh.profile !== null) await store(key, readAt, { profile: fresh.profile, tags: [...new Set(fresh.tags)] });
  return fresh.profile;
}
