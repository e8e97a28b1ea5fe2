import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { proposePlaceMerge } from "@/lib/place";
import { approveChange } from "@/lib/change-review";
import { orderTiePair } from "@/lib/tie-timeline";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };
const ids: Record<string, string> = {};

async function place(key: string, name: string) {
  ids[key] = (
    await prisma.place.create({
      data: {
        slug: key,
        name,
        country: "CN",
        level: "CITY",
        names: { create: [{ text: `${name}市`, normalized: `${name}市`, lang: "zh-Hans", kind: "NATIVE", isPreferred: true }] },
      },
    })
  ).id;
}

async function tie(a: string, b: string, occurredOn: string) {
  const [placeAId, placeBId] = orderTiePair(ids[a], ids[b]);
  const created = await prisma.tie.create({
    data: { placeAId, placeBId, events: { create: [{ type: "ESTABLISHED", kind: "FRIENDSHIP", occurredOn }] } },
  });
  return created.id;
}

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
  await place("yangzhou", "Yangzhou");
  await place("yangchow", "Yangchow");
  await place("nara", "Nara");
  await place("kyoto", "Kyoto");
  await tie("yangzhou", "nara", "2010-05-23");
  const duplicateTie = await tie("yangchow", "nara", "2010-02-20");
  await tie("yangchow", "kyoto", "2012");
  await prisma.citation.create({
    data: {
      recordType: "TIE",
      recordId: duplicateTie,
      field: "exists",
      quote: "q",
      source: { create: { title: "S", snapshot: "q", snapshotHash: "h" } },
    },
  });
});

describe("merging a duplicate place", () => {
  it("is proposed, and changes nothing before approval", async () => {
    const proposal = await proposePlaceMerge(editor, ids.yangchow, ids.yangzhou, "Old romanization of Yangzhou");
    expect(proposal.ok).toBe(true);
    expect(await prisma.place.findUniqueOrThrow({ where: { id: ids.yangchow } })).toMatchObject({ retiredAt: null });
    expect((await approveChange(reviewer, proposal.ok ? proposal.data!.id : "", "all", { seenRevision: 1 })).ok).toBe(true);
  });

  it("keeps every name, with the duplicate's English name as an alias", async () => {
    const names = await prisma.name.findMany({ where: { placeId: ids.yangzhou } });
    expect(names.map((n) => n.text).sort()).toEqual(["Yangchow", "Yangchow市", "Yangzhou市"]);
    expect(names.find((n) => n.text === "Yangchow")?.kind).toBe("ALIAS");
  });

  it("joins ties to the same partner into one, with all events and citations, and moves the others", async () => {
    const ties = await prisma.tie.findMany({ where: { retiredAt: null }, include: { events: true } });
    expect(ties).toHaveLength(2);
    const withNara = ties.find((t) => [t.placeAId, t.placeBId].includes(ids.nara))!;
    expect(withNara.events.map((e) => e.occurredOn).sort()).toEqual(["2010-02-20", "2010-05-23"]);
    expect(withNara.establishedOn).toBe("2010-02-20");
    expect(await prisma.citation.count({ where: { recordType: "TIE", recordId: withNara.id } })).toBe(1);
    const withKyoto = ties.find((t) => [t.placeAId, t.placeBId].includes(ids.kyoto))!;
    expect([withKyoto.placeAId, withKyoto.placeBId]).toContain(ids.yangzhou);
  });

  it("retires the duplicate pointing at the place it duplicates, and records both versions", async () => {
    expect(await prisma.place.findUniqueOrThrow({ where: { id: ids.yangchow } })).toMatchObject({
      mergedIntoId: ids.yangzhou,
      retiredAt: expect.any(Date),
    });
    expect(await prisma.revision.count({ where: { recordId: { in: [ids.yangchow, ids.yangzhou] } } })).toBe(2);
  });
});
