import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { proposeTieEvent, proposeTieEventRemoval, tieEventProposalFrom } from "@/lib/tie-event";
import { approveChange, returnChange } from "@/lib/change-review";
import { orderTiePair } from "@/lib/tie-timeline";
import type { TieEventProposal } from "@/lib/tie-event-schema";
import type { ClaimCitation } from "@/lib/claim-citation-schema";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };
let sourceId = "";
const SNAPSHOT = "Yangzhou and Karatsu became friendship cities in 1982 and renewed the tie in 2012.";

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
  sourceId = (await prisma.source.create({ data: { title: "Karatsu city", snapshot: SNAPSHOT, snapshotHash: "h" } })).id;
});

let pairs = 0;
async function createTie() {
  pairs += 1;
  const one = await prisma.place.create({ data: { slug: `yangzhou-${pairs}`, name: "Yangzhou", country: "CN", level: "CITY" } });
  const other = await prisma.place.create({ data: { slug: `karatsu-${pairs}`, name: "Karatsu", country: "JP", level: "CITY" } });
  const [placeAId, placeBId] = orderTiePair(one.id, other.id);
  return (await prisma.tie.create({ data: { placeAId, placeBId } })).id;
}

const cite = (quote: string, assertedValue: string): ClaimCitation => ({ sourceId, quote, startOffset: null, assertedValue });
const none: ClaimCitation = { sourceId: "", quote: "", startOffset: null, assertedValue: "" };

const proposal = (tieId: string, occurredOn: string, quote: string): TieEventProposal => ({
  event: { tieId, type: "ESTABLISHED", kind: "FRIENDSHIP", term: "friendship cities", occurredOn, note: "" },
  citations: { kind: cite("became friendship cities", "FRIENDSHIP"), occurredOn: cite(quote, occurredOn) },
});

async function pendingItems(changeId: string) {
  return prisma.changeItem.findMany({ where: { changeRequestId: changeId, status: { not: "APPROVED" } }, orderBy: { sequence: "asc" } });
}

const idOf = (result: { ok: boolean; data?: { id: string } }) => (result.ok ? result.data!.id : "");

async function approve(changeId: string) {
  return approveChange(reviewer, changeId, "all", { seenRevision: 1 });
}

describe("revising a returned tie event", () => {
  it("keeps the change and its creations, with the new event and passages in place of the old", async () => {
    const tieId = await createTie();
    const changeId = idOf(await proposeTieEvent(editor, proposal(tieId, "2012", "renewed the tie in 2012")));
    const returned = await returnChange(reviewer, changeId, { seenRevision: 1, comment: "2012 is the renewal; the tie began in 1982" });
    expect(returned.ok).toBe(true);
    const revised = proposal(tieId, "1982", "friendship cities in 1982");
    expect(await proposeTieEvent(editor, revised, { changeId })).toEqual({ ok: true, data: { id: changeId } });
    expect(await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId } })).toMatchObject({ status: "SUBMITTED", revision: 2 });
    const items = await pendingItems(changeId);
    expect(items.map((i) => [i.recordType, i.operation, i.status])).toEqual([
      ["TIE_EVENT", "CREATE", "PENDING"],
      ["CITATION", "CREATE", "PENDING"],
      ["CITATION", "CREATE", "PENDING"],
    ]);
    expect(tieEventProposalFrom(items)).toMatchObject({ proposal: { event: revised.event }, eventId: undefined });
  });
});

describe("editing and removing a published event", () => {
  async function publishedEvent(tieId: string) {
    expect((await approve(idOf(await proposeTieEvent(editor, proposal(tieId, "2012", "renewed the tie in 2012"))))).ok).toBe(true);
    return prisma.tieEvent.findFirstOrThrow({ where: { tieId } });
  }

  it("proposes an edit against the tie's version, and approving it re-derives the tie", async () => {
    const tieId = await createTie();
    const event = await publishedEvent(tieId);
    expect(await prisma.tie.findUniqueOrThrow({ where: { id: tieId } })).toMatchObject({ establishedOn: "2012" });
    const edit = proposal(tieId, "1982", "friendship cities in 1982");
    const changeId = idOf(await proposeTieEvent(editor, edit, { eventId: event.id }));
    const items = await pendingItems(changeId);
    expect(items.map((i) => [i.recordType, i.operation, i.recordId])).toEqual([
      ["TIE_EVENT", "UPDATE", event.id],
      ["CITATION", "CREATE", null],
      ["CITATION", "CREATE", null],
    ]);
    expect(tieEventProposalFrom(items)).toMatchObject({ eventId: event.id, proposal: { event: { occurredOn: "1982" } } });
    expect((await approve(changeId)).ok).toBe(true);
    expect(await prisma.tie.findUniqueOrThrow({ where: { id: tieId } })).toMatchObject({ establishedOn: "1982" });
    expect(
      await prisma.citation.count({ where: { recordType: "TIE_EVENT", recordId: event.id, field: "occurredOn", assertedValue: "1982" } }),
    ).toBe(1);
  });

  it("refuses an edit that changes nothing and cites nothing", async () => {
    const tieId = await createTie();
    const event = await publishedEvent(tieId);
    const unchanged = { ...proposal(tieId, "2012", ""), citations: { kind: none, occurredOn: none } };
    expect(await proposeTieEvent(editor, unchanged, { eventId: event.id })).toEqual({
      ok: false,
      formError: expect.stringMatching(/Nothing has changed/),
    });
  });

  it("removes an event with its reason, and a returned removal revised stays a removal", async () => {
    const tieId = await createTie();
    const event = await publishedEvent(tieId);
    const changeId = idOf(await proposeTieEventRemoval(editor, { recordId: event.id, reason: "A duplicate of the 1982 event" }));
    expect((await returnChange(reviewer, changeId, { seenRevision: 1, comment: "Say which duplicate" })).ok).toBe(true);
    const revised = await proposeTieEventRemoval(editor, { recordId: event.id, reason: "Duplicates the event of 1982" }, changeId);
    expect(revised).toEqual({ ok: true, data: { id: changeId } });
    expect((await pendingItems(changeId)).map((i) => [i.operation, i.recordId])).toEqual([["DELETE", event.id]]);
    expect((await approveChange(reviewer, changeId, "all", { seenRevision: 2 })).ok).toBe(true);
    expect(await prisma.tieEvent.count({ where: { id: event.id } })).toBe(0);
    expect(await prisma.tie.findUniqueOrThrow({ where: { id: tieId } })).toMatchObject({ establishedOn: null });
  });
});

describe("tieEventProposalFrom", () => {
  const event = { ...proposal("t1", "1982", "friendship cities in 1982").event };
  const eventItem = { recordType: "TIE_EVENT" as const, operation: "CREATE" as const, ref: "event", recordId: null, payload: event };
  const citeItem = (field: string, extra: object = {}) => ({
    recordType: "CITATION" as const,
    operation: "CREATE" as const,
    ref: null,
    recordId: null,
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

  it("puts each passage at its claim, leaving an uncited claim empty", () => {
    expect(tieEventProposalFrom([citeItem("occurredOn"), eventItem])).toEqual({
      proposal: {
        event,
        citations: { kind: none, occurredOn: { sourceId: "s", quote: "in 1982", startOffset: 0, assertedValue: "1982" } },
      },
      eventId: undefined,
    });
    expect(tieEventProposalFrom([eventItem])).toEqual({
      proposal: { event, citations: { kind: none, occurredOn: none } },
      eventId: undefined,
    });
  });

  it("is null without the event, or with anything the form cannot show", () => {
    expect(tieEventProposalFrom([citeItem("kind")])).toBeNull();
    expect(tieEventProposalFrom([{ ...eventItem, payload: { ...event, type: "PARTY" } }])).toBeNull();
    expect(tieEventProposalFrom([eventItem, { ...eventItem, operation: "UPDATE" }])).toBeNull();
    expect(tieEventProposalFrom([eventItem, citeItem("kind", { recordId: "ref:other" })])).toBeNull();
    expect(tieEventProposalFrom([eventItem, citeItem("term")])).toBeNull();
    expect(tieEventProposalFrom([eventItem, citeItem("kind"), citeItem("kind")])).toBeNull();
  });
});
