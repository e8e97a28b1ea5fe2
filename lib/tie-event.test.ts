import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { proposeTieEvent, tieEventProposalFrom } from "@/lib/tie-event";
import { returnChange } from "@/lib/change-review";
import { orderTiePair } from "@/lib/tie-timeline";
import type { TieEventProposal } from "@/lib/tie-event-schema";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };
let tieId = "";
let sourceId = "";

beforeAll(async () => {
  editor.id = (await prisma.user.create({ data: { email: "e@test", name: "E", passwordHash: "x", role: "EDITOR" } })).id;
  reviewer.id = (await prisma.user.create({ data: { email: "r@test", name: "R", passwordHash: "x", role: "REVIEWER" } })).id;
  const yangzhou = await prisma.place.create({ data: { slug: "yangzhou", name: "Yangzhou", country: "CN", level: "CITY" } });
  const karatsu = await prisma.place.create({ data: { slug: "karatsu", name: "Karatsu", country: "JP", level: "CITY" } });
  const [placeAId, placeBId] = orderTiePair(yangzhou.id, karatsu.id);
  tieId = (await prisma.tie.create({ data: { placeAId, placeBId } })).id;
  const snapshot = "Yangzhou and Karatsu became friendship cities in 1982 and renewed the tie in 2012.";
  sourceId = (await prisma.source.create({ data: { title: "Karatsu city", snapshot, snapshotHash: "h" } })).id;
});

const proposal = (occurredOn: string, quote: string): TieEventProposal => ({
  event: { tieId, type: "ESTABLISHED", kind: "FRIENDSHIP", term: "friendship cities", occurredOn, note: "" },
  citations: [
    { field: "kind", sourceId, quote: "became friendship cities", assertedValue: "FRIENDSHIP" },
    { field: "occurredOn", sourceId, quote, assertedValue: occurredOn },
  ],
});

async function pendingItems(changeId: string) {
  return prisma.changeItem.findMany({ where: { changeRequestId: changeId, status: { not: "APPROVED" } }, orderBy: { sequence: "asc" } });
}

describe("revising a returned tie event", () => {
  it("keeps the change and its creations, with the new event and passages in place of the old", async () => {
    const first = await proposeTieEvent(editor, proposal("2012", "renewed the tie in 2012"));
    const changeId = first.ok ? first.data!.id : "";
    expect((await returnChange(reviewer, changeId, { seenRevision: 1, comment: "2012 is the renewal; the tie began in 1982" })).ok).toBe(
      true,
    );
    const revised = proposal("1982", "friendship cities in 1982");
    expect(await proposeTieEvent(editor, revised, changeId)).toEqual({ ok: true, data: { id: changeId } });
    expect(await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId } })).toMatchObject({ status: "SUBMITTED", revision: 2 });
    const items = await pendingItems(changeId);
    expect(items.map((i) => [i.recordType, i.operation, i.status])).toEqual([
      ["TIE_EVENT", "CREATE", "PENDING"],
      ["CITATION", "CREATE", "PENDING"],
      ["CITATION", "CREATE", "PENDING"],
    ]);
    expect(tieEventProposalFrom(items)).toEqual(revised);
  });
});

describe("tieEventProposalFrom", () => {
  const event = { ...proposal("1982", "friendship cities in 1982").event, tieId: "t1" };
  const eventItem = { recordType: "TIE_EVENT" as const, operation: "CREATE" as const, ref: "event", payload: event };
  const cite = (field: string, extra: object = {}) => ({
    recordType: "CITATION" as const,
    operation: "CREATE" as const,
    ref: null,
    payload: {
      recordType: "TIE_EVENT",
      recordId: "ref:event",
      field,
      sourceId: "s",
      quote: "in 1982",
      prefix: "",
      suffix: "",
      startOffset: 0,
      assertedValue: "1982",
      rank: "NORMAL",
      rankReason: "",
      ...extra,
    },
  });
  const uncited = (field: "kind" | "occurredOn") => ({ field, sourceId: "", quote: "", assertedValue: "" });

  it("puts each passage at its claim, leaving an uncited claim empty", () => {
    expect(tieEventProposalFrom([cite("occurredOn"), eventItem])).toEqual({
      event,
      citations: [uncited("kind"), { field: "occurredOn", sourceId: "s", quote: "in 1982", assertedValue: "1982" }],
    });
    expect(tieEventProposalFrom([eventItem])).toEqual({ event, citations: [uncited("kind"), uncited("occurredOn")] });
  });

  it("is null without the event, or with anything the form cannot show", () => {
    expect(tieEventProposalFrom([cite("kind")])).toBeNull();
    expect(tieEventProposalFrom([{ ...eventItem, payload: { ...event, type: "PARTY" } }])).toBeNull();
    expect(tieEventProposalFrom([eventItem, { ...eventItem, operation: "UPDATE" }])).toBeNull();
    expect(tieEventProposalFrom([eventItem, cite("kind", { recordId: "ref:other" })])).toBeNull();
    expect(tieEventProposalFrom([eventItem, cite("term")])).toBeNull();
    expect(tieEventProposalFrom([eventItem, cite("kind"), cite("kind")])).toBeNull();
  });
});
