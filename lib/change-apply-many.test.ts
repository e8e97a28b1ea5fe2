import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { applyItem, applyItems, type ApplyContext } from "@/lib/change-apply";
import { approveChange } from "@/lib/change-review";
import { createChange, type ProposedItem } from "@/lib/change-request";
import { readChangeItem, type ReadItem } from "@/lib/change-item";
import type { Tx } from "@/lib/record-kind";
import { indexRecordNames } from "@/lib/search-index";
import type { Role } from "@/lib/generated/prisma/enums";

// Creating records many at once (each kind's `createMany`, lib/change-apply.ts) must leave
// exactly what creating them one by one leaves: the same rows, names, search keys, derived
// tie state, revisions and cache tags. Each comparison applies one change both ways, each in
// a transaction rolled back after its result is read.

const TEXT =
  "Testhaven and Otherburg signed a sister-city agreement in May 2001. " +
  "Twenty years later the two cities marked the anniversary. Oldtown also sends greetings.";

let editor: { id: string; role: Role };
let reviewer: { id: string; role: Role };
let sourceId: string;
let prefectureId: string;
let oldtownId: string;

beforeAll(async () => {
  editor = await createTestUser("EDITOR", "editor");
  reviewer = await createTestUser("REVIEWER", "reviewer");
  sourceId = (await prisma.source.create({ data: { title: "Testhaven news", snapshot: TEXT, snapshotHash: "h" } })).id;
  prefectureId = (
    await prisma.place.create({ data: { name: "Test Prefecture", slug: "test-prefecture", country: "JP", level: "PROVINCE" } })
  ).id;
  oldtownId = (await prisma.place.create({ data: { name: "Oldtown", slug: "oldtown", country: "CN", level: "CITY" } })).id;
  await prisma.$transaction((tx) => indexRecordNames(tx, "PLACE", oldtownId));
});

function citation(recordType: string, recordId: string, quote: string, field = "exists") {
  const start = TEXT.indexOf(quote);
  return {
    recordType: "CITATION" as const,
    operation: "CREATE" as const,
    payload: {
      recordType,
      recordId,
      field,
      sourceId,
      quote,
      prefix: "",
      suffix: "",
      startOffset: start,
      assertedValue: "",
      rank: "NORMAL",
      rankReason: "",
    },
  };
}

// A city with nothing but its name and country, unless `extra` says more.
const city = (ref: string, name: string, country: string, extra: object = {}) =>
  place(ref, { name, country, level: "CITY", parentId: null, latitude: null, longitude: null, summary: "", names: [], ...extra });

const place = (ref: string, payload: object): ProposedItem => ({
  recordType: "PLACE",
  operation: "CREATE",
  ref,
  payload: payload as never,
});

function twoPlacesAndTheirTie(): ProposedItem[] {
  return [
    place("testhaven", {
      name: "Testhaven",
      country: "JP",
      level: "CITY",
      parentId: prefectureId,
      latitude: 35.5,
      longitude: 139.25,
      summary: "",
      names: [
        { text: "テストヘイブン", lang: "ja", kind: "NATIVE" },
        { text: "Test Haven", lang: "en", kind: "ALIAS" },
        { text: "手須戸", lang: "ja", kind: "NATIVE" },
      ],
    }),
    citation("PLACE", "ref:testhaven", "Testhaven"),
    city("otherburg", "Otherburg", "CN", { level: "UNKNOWN", summary: "A city." }),
    citation("PLACE", "ref:otherburg", "Otherburg"),
    { recordType: "TIE", operation: "CREATE", ref: "tie", payload: { placeAId: "ref:testhaven", placeBId: "ref:otherburg", summary: "" } },
    {
      recordType: "TIE_EVENT",
      operation: "CREATE",
      ref: "signed",
      payload: { tieId: "ref:tie", type: "ESTABLISHED", kind: "SISTER", term: "sister-city", occurredOn: "2001-05", note: "" },
    },
    citation("TIE_EVENT", "ref:signed", "in May 2001", "occurredOn"),
    citation("TIE_EVENT", "ref:signed", "sister-city agreement", "kind"),
    {
      recordType: "TIE_EVENT",
      operation: "CREATE",
      ref: "anniversary",
      payload: { tieId: "ref:tie", type: "ANNIVERSARY", kind: null, term: "", occurredOn: "2021", note: "Twentieth." },
    },
    {
      recordType: "TIE",
      operation: "CREATE",
      ref: "tie-2",
      payload: { placeAId: oldtownId, placeBId: "ref:otherburg", summary: "Greetings." },
    },
    citation("TIE_EVENT", "ref:anniversary", "Twenty years later", "occurredOn"),
    citation("TIE", "ref:tie", "Testhaven and Otherburg signed"),
    citation("PLACE", oldtownId, "Oldtown also sends greetings"),
  ];
}

async function proposed(items: ProposedItem[]): Promise<ReadItem[]> {
  const change = await createChange(editor, { title: "Two places and their tie", items, submit: true });
  const rows = await prisma.changeItem.findMany({ where: { changeRequestId: change.id }, orderBy: { sequence: "asc" } });
  return rows.map((row) => {
    const reading = readChangeItem(row);
    if (!reading.ok) throw new Error(reading.problem);
    return reading.item;
  });
}

// Everything the items wrote, comparable across runs: the ids of the records and names they
// created replaced by the item (or name) that made them, a tie's two places in one order (its
// order follows the random ids), rows without timestamps and in a fixed order.
async function written(tx: Tx, items: ReadItem[], context: ApplyContext) {
  const stored = await tx.changeItem.findMany({ where: { id: { in: items.map((item) => item.id) } }, orderBy: { sequence: "asc" } });
  const ids = stored.map((item) => item.recordId!);
  const names = await tx.name.findMany({ where: { placeId: { in: ids } }, orderBy: { createdAt: "asc" } });
  const label = new Map<string, string>([
    ...ids.map((id, i) => [id, `item ${i}`] as const),
    ...names.map((name, i) => [name.id, `name ${i}`] as const),
  ]);
  const same = (value: unknown): unknown => {
    if (typeof value === "string") return label.get(value) ?? value;
    if (Array.isArray(value)) return value.map(same).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    if (!value || typeof value !== "object" || value instanceof Date) return value;
    const entries = Object.entries(value).filter(([key]) => key !== "createdAt" && key !== "updatedAt");
    const row: Record<string, unknown> = Object.fromEntries(entries.map(([key, v]) => [key, same(v)]));
    if ("placeAId" in row) [row.placeAId, row.placeBId] = [row.placeAId, row.placeBId].sort();
    return row;
  };
  const rows = { where: { id: { in: ids } } };
  return same({
    items: stored.map((item) => ({ status: item.status, recordId: item.recordId })),
    places: await tx.place.findMany(rows),
    names,
    keys: await tx.searchKey.findMany({ where: { recordId: { in: ids } }, omit: { id: true } }),
    ties: await tx.tie.findMany(rows),
    events: await tx.tieEvent.findMany(rows),
    citations: await tx.citation.findMany(rows),
    revisions: await tx.revision.findMany({ where: { recordId: { in: ids } }, omit: { id: true } }),
    tags: [...new Set(context.tags)].map((tag) => tag.replace(/[^:]+$/, (id) => label.get(id) ?? id)),
  });
}

class RolledBack extends Error {
  constructor(readonly result: unknown) {
    super("rolled back");
  }
}

// Applies the items in a transaction undone afterwards; returns what they wrote, or the refusal.
async function applied(items: ReadItem[], apply: (tx: Tx, context: ApplyContext) => Promise<void>) {
  try {
    await prisma.$transaction(async (tx) => {
      const context: ApplyContext = { authorId: editor.id, reviewerId: reviewer.id, tags: [], refs: new Map(), created: new Set() };
      try {
        await apply(tx, context);
      } catch (error) {
        throw new RolledBack({ refused: (error as Error).message });
      }
      throw new RolledBack(await written(tx, items, context));
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.result;
    throw error;
  }
}

const oneByOne = (items: ReadItem[]) =>
  applied(items, async (tx, context) => {
    for (const item of items) await applyItem(tx, item, "all", context);
  });
const manyAtOnce = (items: ReadItem[]) => applied(items, (tx, context) => applyItems(tx, items, () => "all", context));

describe("creating many records at once", () => {
  it("writes what creating them one by one writes", async () => {
    const items = await proposed(twoPlacesAndTheirTie());
    const expected = (await oneByOne(items)) as { places: { slug: string }[]; names: unknown[]; ties: unknown[] };
    expect(expected.places.map((place) => place.slug).sort()).toEqual(["otherburg", "testhaven"]);
    expect(expected.names).toHaveLength(3);
    expect(expected.ties).toContainEqual(expect.objectContaining({ kind: "SISTER", establishedOn: "2001-05", version: 3 }));
    expect(await manyAtOnce(items)).toEqual(expected);
  });

  it("refuses what creating them one by one refuses", async () => {
    const sameTwice = [city("a", "Twin Town", "KR"), city("b", "Twin  town", "KR")];
    const tiedTwice: ProposedItem[] = [
      { recordType: "TIE", operation: "CREATE", ref: "t1", payload: { placeAId: oldtownId, placeBId: prefectureId, summary: "" } },
      { recordType: "TIE", operation: "CREATE", ref: "t2", payload: { placeAId: prefectureId, placeBId: oldtownId, summary: "" } },
    ];
    const notInSource = [
      citation("PLACE", oldtownId, "Oldtown"),
      {
        ...citation("PLACE", prefectureId, "Oldtown"),
        payload: { ...citation("PLACE", prefectureId, "Oldtown").payload, quote: "Newtown" },
      },
    ];
    for (const proposal of [sameTwice, tiedTwice, notInSource]) {
      const items = await proposed(proposal);
      expect(await oneByOne(items)).toEqual({ refused: expect.any(String) });
      expect(await manyAtOnce(items)).toEqual({ refused: expect.any(String) });
    }
  });

  it("names a published place the change would record twice", async () => {
    const items = await proposed([city("x", "Oldtown", "CN"), city("y", "Newtown", "CN")]);
    expect(await manyAtOnce(items)).toEqual({ refused: expect.stringContaining("Oldtown (/places/oldtown) is already recorded") });
  });

  it("publishes an approved change made many at once, whose records the public pages then show", async () => {
    const change = await createChange(editor, { title: "Two places and their tie", items: twoPlacesAndTheirTie(), submit: true });
    const result = await approveChange(reviewer, change.id, "all", { seenRevision: 1 });
    expect(result).toMatchObject({ ok: true, tags: expect.arrayContaining(["places", "ties", `place:${oldtownId}`]) });
    const testhaven = await prisma.place.findFirstOrThrow({
      where: { name: "Testhaven" },
      include: { names: { orderBy: { createdAt: "asc" } } },
    });
    expect(testhaven.names.map((name) => [name.text, name.isPreferred])).toEqual([
      ["テストヘイブン", true],
      ["Test Haven", false],
      ["手須戸", false],
    ]);
    expect(await prisma.changeItem.count({ where: { changeRequestId: change.id, status: "APPROVED", recordId: { not: null } } })).toBe(13);
  });
});
