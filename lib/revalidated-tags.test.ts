import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { approveChange } from "@/lib/change-review";
import { proposePlace } from "@/lib/place";
import { emptyPlace } from "@/lib/place-schema";
import { EVERY_PAGE_TAG, markEveryPageStale, readTagExpiries } from "@/lib/revalidated-tags";
import { replayRevalidatedTags } from "@/lib/replay-revalidations";

let editor: { id: string; role: "EDITOR" };
let reviewer: { id: string; role: "REVIEWER" };

beforeAll(async () => {
  editor = await createTestUser("EDITOR", "tags-editor");
  reviewer = await createTestUser("REVIEWER", "tags-reviewer");
});

async function proposeNewPlace(name: string) {
  const result = await proposePlace(editor, { ...emptyPlace(), name, names: [] }, {}, true);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data!.id;
}

describe("recorded page revalidations", () => {
  it("are written by the approval, for every tag it revalidates, with a margin after it", async () => {
    const before = Date.now();
    const result = await approveChange(reviewer, await proposeNewPlace("Uji"), "all", { seenRevision: 1 });
    if (!result.ok) throw new Error(result.formError);
    const rows = await prisma.revalidatedTag.findMany({ where: { tag: { in: result.tags } } });
    expect(rows.map((row) => row.tag).sort()).toEqual([...result.tags].sort());
    for (const row of rows) expect(row.staleBefore.getTime()).toBeGreaterThan(before);
  });

  it("are not written by an approval that is refused", async () => {
    const changeId = await proposeNewPlace("Yawata");
    const count = await prisma.revalidatedTag.count();
    expect((await approveChange(editor, changeId, "all", { seenRevision: 1 })).ok).toBe(false);
    expect(await prisma.revalidatedTag.count()).toBe(count);
  });

  it("never expire pages cached after the moment they are read", async () => {
    await markEveryPageStale(prisma);
    const now = Date.now() - 1000;
    const expiries = await readTagExpiries(prisma, now);
    expect(expiries.get(EVERY_PAGE_TAG)).toBeLessThanOrEqual(now);
    expect(Math.max(...expiries.values())).toBeLessThanOrEqual(now);
  });

  it("are replayed into the tag manifest Next.js consults for its page caches", async () => {
    await markEveryPageStale(prisma);
    expect(await replayRevalidatedTags()).toBe(await prisma.revalidatedTag.count());
    const next = createRequire(import.meta.url)("next/dist/server/lib/incremental-cache/tags-manifest.external");
    expect(next.areTagsExpired([EVERY_PAGE_TAG], Date.now() - 60_000)).toBe(true);
    expect(next.areTagsExpired([EVERY_PAGE_TAG], Date.now() + 1)).toBe(false);
  });
});
