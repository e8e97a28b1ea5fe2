import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { getChangeDetail, ITEMS_PER_PAGE, LARGE_CHANGE_ITEMS } from "@/lib/change-detail";
import { createChange, type ProposedItem } from "@/lib/change-request";
import type { Role } from "@/lib/generated/prisma/enums";

let editor: { id: string; role: Role };
let reviewer: { id: string; role: Role };
let sourceId: string;
let seoulId: string;

beforeAll(async () => {
  editor = await createTestUser("EDITOR", "editor");
  reviewer = await createTestUser("REVIEWER", "reviewer");
  sourceId = (await prisma.source.create({ data: { title: "A list", snapshot: "Town 1,Seoul", snapshotHash: "h" } })).id;
  seoulId = (await prisma.place.create({ data: { name: "Seoul", slug: "seoul", country: "KR", level: "SPECIAL_CITY" } })).id;
});

// A new town, its tie to Seoul (a published place) and the row cited for the tie.
function townAndTie(n: number): ProposedItem[] {
  const payload = {
    name: `Town ${n}`,
    country: "JP",
    level: "UNKNOWN",
    parentId: null,
    latitude: null,
    longitude: null,
    summary: "",
    names: [],
  };
  return [
    { recordType: "PLACE", operation: "CREATE", ref: `town-${n}`, payload },
    { recordType: "TIE", operation: "CREATE", ref: `tie-${n}`, payload: { placeAId: `ref:town-${n}`, placeBId: seoulId, summary: "" } },
    {
      recordType: "CITATION",
      operation: "CREATE",
      payload: {
        recordType: "TIE",
        recordId: `ref:tie-${n}`,
        field: "exists",
        sourceId,
        quote: "Town 1,Seoul",
        prefix: "",
        suffix: "",
        startOffset: 0,
        assertedValue: "",
        rank: "NORMAL",
        rankReason: "",
      },
    },
  ];
}

describe("a large change's review", () => {
  it("is an overview, the same random sample of records with the parts citing them, and pages of parts", async () => {
    const items = Array.from({ length: 30 }, (_, n) => townAndTie(n)).flat();
    expect(items.length).toBeGreaterThan(LARGE_CHANGE_ITEMS);
    const { id } = await createChange(editor, { title: "Towns tied to Seoul", items, submit: true });
    const first = await getChangeDetail(reviewer, id);
    expect(first?.overview).toMatchObject({
      counts: [
        { label: "Place", operation: "CREATE", count: 30 },
        { label: "Tie", operation: "CREATE", count: 30 },
        { label: "Citation", operation: "CREATE", count: 30 },
      ],
      published: ["Seoul"],
      page: 1,
      pages: Math.ceil(items.length / ITEMS_PER_PAGE),
    });
    expect(first?.items).toHaveLength(ITEMS_PER_PAGE);
    const sample = first!.overview!.sample;
    // Five records, each with the parts that point at it: a town with its tie, a tie with its citation.
    const count = (label: string) => sample.filter((item) => item.label === label).length;
    expect(sample.length).toBeGreaterThan(5);
    expect(count("Tie")).toBeGreaterThanOrEqual(count("Place"));
    expect(new Set(sample.map((item) => item.id)).size).toBe(sample.length);
    const again = await getChangeDetail(reviewer, id, 2);
    expect(again?.overview?.sample.map((item) => item.id)).toEqual(sample.map((item) => item.id));
    expect(again?.items).toHaveLength(Math.min(ITEMS_PER_PAGE, items.length - ITEMS_PER_PAGE));
    expect(again?.items[0].id).not.toBe(first?.items[0].id);
  });

  it("is every part in full for a change of ordinary size", async () => {
    const { id } = await createChange(editor, { title: "One town", items: townAndTie(99), submit: true });
    const detail = await getChangeDetail(reviewer, id);
    expect(detail?.overview).toBeNull();
    expect(detail?.items.map((item) => item.label)).toEqual(["Place", "Tie", "Citation"]);
  });
});
