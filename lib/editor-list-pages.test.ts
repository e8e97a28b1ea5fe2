import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { PAGE_SIZE, pageRequest, type Page, type PageRequest } from "@/lib/keyset";
import { listAgreementsForEditing } from "@/lib/agreement";
import { listDelegationsForEditing } from "@/lib/delegation";
import { listEventsForEditing } from "@/lib/event";
import { listFiguresForEditing } from "@/lib/figure";
import { listSources } from "@/lib/source";
import { listMyChanges } from "@/lib/change-request";
import { indexRecordNames, indexRecordTitle, indexSourceTitle } from "@/lib/search-index";

// Each list has more than a page of rows, many sharing their sort value (a title, or a
// time to the millisecond), so pages must break ties by id; and one retired row.
const ROWS = 120;
const AT = Date.UTC(2026, 2, 1);
const sharedTitle = (prefix: string, i: number) => `${prefix} ${i % 9}`;
const sharedTime = (i: number) => new Date(AT + Math.floor(i / 4));

type Row = { id: string };

// Every page from the first to the last, then back from the last to the first.
async function walk<T extends Row>(list: (request: PageRequest) => Promise<Page<T>>) {
  const pages: T[][] = [];
  let page = await list(null);
  pages.push(page.rows);
  while (page.next) {
    page = await list(pageRequest({ after: page.next }));
    pages.push(page.rows);
  }
  const back: T[][] = [];
  let before = page.previous;
  while (before) {
    const earlier = await list(pageRequest({ before }));
    back.unshift(earlier.rows);
    before = earlier.previous;
  }
  return { pages, back };
}

const ids = (rows: Row[]) => rows.map((row) => row.id);
const ascending = (a: [string, string], b: [string, string]) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1);

// Every listed row once, every created row among them, the retired one not; pages full but
// the last; the way back the same pages; rows in the list's order of (sort value, id).
async function expectEveryRowOnce<T extends Row>(
  list: (request: PageRequest) => Promise<Page<T>>,
  created: Row[],
  retired: Row,
  keyOf: (row: T) => [string, string],
  order: "asc" | "desc",
) {
  const { pages, back } = await walk(list);
  const listed = pages.flat();
  expect(pages.length).toBeGreaterThan(2);
  expect(pages.slice(0, -1).every((rows) => rows.length === PAGE_SIZE)).toBe(true);
  expect(new Set(ids(listed)).size).toBe(listed.length);
  expect(ids(listed)).toEqual(expect.arrayContaining(ids(created)));
  expect(ids(listed)).not.toContain(retired.id);
  expect(back.map(ids)).toEqual(pages.slice(0, -1).map(ids));
  const keys = listed.map(keyOf);
  const sorted = [...keys].sort(ascending);
  expect(keys).toEqual(order === "asc" ? sorted : sorted.reverse());
}

const retiredAt = new Date();
const iso = (date: Date) => date.toISOString();

describe("the editors' agreements list", () => {
  it("pages through every agreement once, most recently changed first, and back", async () => {
    const create = (i: number, retired?: Date) =>
      prisma.agreement.create({
        data: { slug: `pages-agreement-${i}`, title: "", kind: "OTHER", updatedAt: sharedTime(i), retiredAt: retired },
      });
    const created = await Promise.all(Array.from({ length: ROWS }, (_, i) => create(i)));
    const retired = await create(ROWS, retiredAt);
    await expectEveryRowOnce(
      (r) => listAgreementsForEditing("", r),
      created,
      retired,
      (row) => [iso(row.updatedAt), row.id],
      "desc",
    );
  });

  it("finds an agreement by its title, or by a party's name", async () => {
    const place = await prisma.place.create({ data: { slug: "pages-quanzhou", name: "Quanzhoupages", country: "CN", level: "CITY" } });
    await indexRecordNames(prisma, "PLACE", place.id);
    const titled = await prisma.agreement.create({ data: { slug: "pages-titled", title: "Harbour pact of Mokpopages", kind: "OTHER" } });
    const between = await prisma.agreement.create({
      data: { slug: "pages-parties", title: "", kind: "OTHER", parties: { create: { placeId: place.id } } },
    });

    expect(ids((await listAgreementsForEditing("mokpopages", null)).rows)).toEqual([titled.id]);
    expect(ids((await listAgreementsForEditing("Quanzhou", null)).rows)).toEqual([between.id]);
  });
});

describe("the editors' delegations list", () => {
  it("pages through every delegation once, A–Z, and back", async () => {
    const create = (i: number, retired?: Date) =>
      prisma.delegation.create({ data: { slug: `pages-delegation-${i}`, title: sharedTitle("Delegation", i), retiredAt: retired } });
    const created = await Promise.all(Array.from({ length: ROWS }, (_, i) => create(i)));
    const retired = await create(ROWS, retiredAt);
    await expectEveryRowOnce(
      (r) => listDelegationsForEditing("", r),
      created,
      retired,
      (row) => [row.title, row.id],
      "asc",
    );
  });

  it("finds a delegation by a word of its title, or by its leader's name", async () => {
    const leader = await prisma.person.create({ data: { slug: "pages-leader", name: "Gwakpages Minho" } });
    await indexRecordNames(prisma, "PERSON", leader.id);
    const titled = await prisma.delegation.create({ data: { slug: "pages-ulsan", title: "Ulsanpages trade mission to Kitakyushu" } });
    await indexRecordTitle(prisma, "DELEGATION", titled.id);
    const led = await prisma.delegation.create({ data: { slug: "pages-led", title: "A visit", leaderId: leader.id } });

    expect(ids((await listDelegationsForEditing("ulsanpages", null)).rows)).toEqual([titled.id]);
    expect(ids((await listDelegationsForEditing("Gwakpages", null)).rows)).toEqual([led.id]);
  });
});

describe("the editors' events list", () => {
  it("pages through every event once, A–Z, and back", async () => {
    const create = (i: number, retired?: Date) =>
      prisma.event.create({ data: { slug: `pages-event-${i}`, name: sharedTitle("Event", i), kind: "FORUM", retiredAt: retired } });
    const created = await Promise.all(Array.from({ length: ROWS }, (_, i) => create(i)));
    const retired = await create(ROWS, retiredAt);
    await expectEveryRowOnce(
      (r) => listEventsForEditing("", r),
      created,
      retired,
      (row) => [row.name, row.id],
      "asc",
    );
  });

  it("finds an event by a word of its name, or by a place it is held in", async () => {
    const place = await prisma.place.create({ data: { slug: "pages-gimhae", name: "Gimhaepages", country: "KR", level: "CITY" } });
    await indexRecordNames(prisma, "PLACE", place.id);
    const named = await prisma.event.create({ data: { slug: "pages-lantern", name: "Lanternpages festival", kind: "FESTIVAL" } });
    await indexRecordTitle(prisma, "EVENT", named.id);
    const held = await prisma.event.create({
      data: { slug: "pages-held", name: "A forum", kind: "FORUM", places: { create: { placeId: place.id } } },
    });

    expect(ids((await listEventsForEditing("lanternpages", null)).rows)).toEqual([named.id]);
    expect(ids((await listEventsForEditing("Gimhaepages", null)).rows)).toEqual([held.id]);
  });
});

describe("the editors' figures list", () => {
  it("pages through every figure once, most recently changed first, and back", async () => {
    const create = (i: number, retired?: Date) =>
      prisma.figure.create({ data: { label: "Exchange students", value: i, updatedAt: sharedTime(i), retiredAt: retired } });
    const created = await Promise.all(Array.from({ length: ROWS }, (_, i) => create(i)));
    const retired = await create(ROWS, retiredAt);
    await expectEveryRowOnce(
      (r) => listFiguresForEditing("", r),
      created,
      retired,
      (row) => [iso(row.updatedAt), row.id],
      "desc",
    );
  });

  it("finds a figure by its label, or by the name of what it is about", async () => {
    const place = await prisma.place.create({ data: { slug: "pages-yeosu", name: "Yeosupages", country: "KR", level: "CITY" } });
    await indexRecordNames(prisma, "PLACE", place.id);
    const labelled = await prisma.figure.create({ data: { label: "Ferry crossings of Hakatapages", value: 3 } });
    const about = await prisma.figure.create({ data: { label: "Residents", value: 280_000, placeId: place.id } });

    expect(ids((await listFiguresForEditing("hakatapages", null)).rows)).toEqual([labelled.id]);
    const found = await listFiguresForEditing("Yeosupages", null);
    expect(found.rows).toMatchObject([{ id: about.id, about: "Yeosupages", aboutPath: "/places/pages-yeosu" }]);
  });
});

describe("the editors' sources list", () => {
  const create = (slug: string, title: string, retired?: Date) =>
    prisma.source.create({ data: { title, snapshot: slug, snapshotHash: slug, retiredAt: retired } });

  it("pages through every source once, A–Z, and back", async () => {
    const created = await Promise.all(Array.from({ length: ROWS }, (_, i) => create(`pages-${i}`, sharedTitle("Source", i))));
    const retired = await create("pages-retired", "Source 1", retiredAt);
    await expectEveryRowOnce(
      (r) => listSources("", r),
      created,
      retired,
      (row) => [row.title, row.id],
      "asc",
    );
  });

  it("finds a source by a word of its title, with the number of its citations", async () => {
    const source = await create("pages-found", "Changwonpages signs a friendship pact");
    await indexSourceTitle(prisma, source.id);
    const cite = (field: string) => ({ recordType: "PLACE" as const, recordId: "any", field, sourceId: source.id, quote: "signs" });
    await prisma.citation.createMany({ data: [cite("name"), cite("summary")] });
    expect((await listSources("changwonpages", null)).rows).toMatchObject([{ id: source.id, citations: 2 }]);
  });
});

describe("my changes", () => {
  it("pages through every change of the author once, most recently changed first, and back; none of anyone else's", async () => {
    const [author, other] = await Promise.all(["pages-author", "pages-other"].map((name) => createTestUser("EDITOR", name)));
    const create = (authorId: string, i: number) =>
      prisma.changeRequest.create({ data: { title: `Change ${i}`, authorId, updatedAt: sharedTime(i) } });
    const created = await Promise.all(Array.from({ length: ROWS }, (_, i) => create(author.id, i)));
    const othersChange = await create(other.id, 0);
    const actor = { id: author.id, role: author.role };
    await expectEveryRowOnce(
      (r) => listMyChanges(actor, r),
      created,
      othersChange,
      (row) => [iso(row.updatedAt), row.id],
      "desc",
    );
    expect((await walk((r) => listMyChanges(actor, r))).pages.flat()).toHaveLength(ROWS);
  });
});
