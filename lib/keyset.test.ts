import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { listPlacesForEditing } from "@/lib/place";
import { listPeopleForEditing } from "@/lib/person";
import { listOrganisationsForEditing } from "@/lib/organisation";
import { listReviewQueue } from "@/lib/review-queue";
import { encodeCursor, PAGE_SIZE, pageRequest, type Key, type PageRequest } from "@/lib/keyset";

// 120 places, a dozen of them sharing one name, so pages must break ties by id.
const PLACES = 120;
let reviewer: { id: string; role: "REVIEWER" };

beforeAll(async () => {
  await prisma.place.createMany({
    data: Array.from({ length: PLACES }, (_, i) => ({
      slug: `keyset-${i}`,
      name: i % 10 === 0 ? "Zhongshan" : `Keyset ${String(i).padStart(3, "0")}`,
      country: "CN",
      level: "CITY" as const,
    })),
  });
  const author = await createTestUser("EDITOR", "author");
  reviewer = await createTestUser("REVIEWER", "reviewer");
  // Submitted in the same millisecond in pairs: the queue's order is broken by id too.
  const at = Date.UTC(2026, 0, 1);
  await prisma.changeRequest.createMany({
    data: Array.from({ length: 110 }, (_, i) => ({
      title: `Change ${i}`,
      status: "SUBMITTED" as const,
      authorId: author.id,
      submittedAt: new Date(at + Math.floor(i / 2)),
    })),
  });
});

const asRequest = (params: { after?: string; before?: string }): PageRequest => pageRequest(params);

async function walkPlaces() {
  const pages: string[][] = [];
  let next: string | null = null;
  let previous: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof listPlacesForEditing>> = await listPlacesForEditing("", next ? asRequest({ after: next }) : null);
    pages.push(page.rows.map((p) => p.id));
    ({ next, previous } = page);
  } while (next);
  return { pages, lastPrevious: previous };
}

describe("keyset pages of the editors' places list", () => {
  it("walks forward through every place once, A–Z, fifty at a time", async () => {
    const { pages } = await walkPlaces();
    const all = await prisma.place.findMany({ where: { slug: { startsWith: "keyset-" } }, select: { id: true } });
    const listed = pages.flat();
    expect(pages.slice(0, -1).every((page) => page.length === PAGE_SIZE)).toBe(true);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toEqual(expect.arrayContaining(all.map((p) => p.id)));
  });

  it("comes back from the last page to the same pages it went through", async () => {
    const { pages, lastPrevious } = await walkPlaces();
    const back: string[][] = [];
    let before = lastPrevious;
    while (before) {
      const page = await listPlacesForEditing("", asRequest({ before }));
      back.unshift(page.rows.map((p) => p.id));
      before = page.previous;
    }
    expect(back).toEqual(pages.slice(0, -1));
  });

  it("treats a cursor that is not one as the first page", async () => {
    const first = await listPlacesForEditing("", null);
    const garbled = await listPlacesForEditing("", asRequest({ after: "not-a-cursor" }));
    expect(garbled.rows.map((p) => p.id)).toEqual(first.rows.map((p) => p.id));
    expect(first.previous).toBeNull();
  });
});

// The people and organisations lists page the same way: every row once, in name order.
describe.each([
  [
    "people",
    listPeopleForEditing,
    (i: number) => prisma.person.create({ data: { slug: `keyset-person-${i}`, name: `Keyset Person ${i % 7}` } }),
  ],
  [
    "organisations",
    listOrganisationsForEditing,
    (i: number) => prisma.organisation.create({ data: { slug: `keyset-org-${i}`, name: `Keyset Office ${i % 7}`, kind: "GOVERNMENT" } }),
  ],
] as const)("keyset pages of the editors' %s list", (_, list, create) => {
  it("walks through every record once, in name order, fifty at a time", async () => {
    const created = await Promise.all(Array.from({ length: 60 }, (_, i) => create(i)));
    const rows: { id: string; name: string }[] = [];
    let request: PageRequest = null;
    for (;;) {
      const page = await list("", request);
      rows.push(...page.rows);
      if (!page.next) break;
      request = asRequest({ after: page.next });
    }
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    expect(rows.map((row) => row.id)).toEqual(expect.arrayContaining(created.map((row) => row.id)));
    const names = rows.map((row) => row.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});

describe("keyset pages of the review queue", () => {
  it("lists every waiting change once, oldest first, across pages", async () => {
    const seen: string[] = [];
    const submitted: number[] = [];
    let request: PageRequest = null;
    for (;;) {
      const page = await listReviewQueue(reviewer, {}, request);
      seen.push(...page.rows.map((c) => c.id));
      submitted.push(...page.rows.map((c) => c.submittedAt!.getTime()));
      if (!page.next) break;
      request = asRequest({ after: page.next });
    }
    expect(seen).toHaveLength(110);
    expect(new Set(seen).size).toBe(110);
    expect(submitted).toEqual([...submitted].sort((a, b) => a - b));
  });
});

describe("cursors", () => {
  it("carry the longest title a record may have, in any script, so Next never falls back to the first page", () => {
    for (const title of ["漢".repeat(300), "𠮷".repeat(300), '"'.repeat(300)]) {
      const key: Key = [title, "cmh1n2o3p0000qrstuvwxyz12"];
      expect(pageRequest({ after: encodeCursor(key) })).toEqual({ direction: "after", key });
    }
  });
});
