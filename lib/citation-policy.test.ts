import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { createChange } from "@/lib/change-request";
import { approveChange } from "@/lib/change-review";
import { orderTiePair } from "@/lib/tie-timeline";
import type { CitationInput } from "@/lib/citation-schema";
import type { TieEventInput } from "@/lib/tie-event-schema";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };
let tieId = "";
let sourceId = "";

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
  const licheng = await prisma.place.create({ data: { slug: "licheng", name: "Licheng", country: "CN", level: "DISTRICT" } });
  const gangnam = await prisma.place.create({ data: { slug: "gangnam", name: "Gangnam", country: "KR", level: "DISTRICT" } });
  const [placeAId, placeBId] = orderTiePair(licheng.id, gangnam.id);
  tieId = (await prisma.tie.create({ data: { placeAId, placeBId } })).id;
  const snapshot = "Licheng District and Gangnam District officially became sister cities in 2007.";
  sourceId = (await prisma.source.create({ data: { title: "China.org.cn", snapshot, snapshotHash: "h" } })).id;
});

const event: TieEventInput = { tieId: "", type: "ESTABLISHED", kind: "SISTER", term: "sister cities", occurredOn: "2007", note: "" };

const citation = (field: string, quote: string, assertedValue: string): CitationInput => ({
  recordType: "TIE_EVENT",
  recordId: "ref:event",
  field,
  sourceId,
  quote,
  prefix: "",
  suffix: "",
  startOffset: null,
  assertedValue,
  rank: "NORMAL",
  rankReason: "",
});

describe("the citation policy", () => {
  it("refuses a new tie event whose kind and date are uncited, listing what is missing, and applies nothing", async () => {
    const change = await createChange(editor, {
      title: "Establish",
      submit: true,
      items: [{ recordType: "TIE_EVENT", operation: "CREATE", ref: "event", payload: { ...event, tieId } }],
    });
    const result = await approveChange(reviewer, change.id, "all", { seenRevision: 1 });
    expect(result).toEqual({ ok: false, formError: expect.stringContaining("Cite these key claims") });
    expect(result.ok === false && result.formError).toMatch(/Kind of tie from then on.*Date/);
    expect(await prisma.tieEvent.count()).toBe(0);
  });

  it("approves the event with citations in the same change, pointing at it by ref, and derives the tie", async () => {
    const change = await createChange(editor, {
      title: "Establish, cited",
      submit: true,
      items: [
        { recordType: "TIE_EVENT", operation: "CREATE", ref: "event", payload: { ...event, tieId } },
        { recordType: "CITATION", operation: "CREATE", payload: citation("kind", "officially became sister cities", "SISTER") },
        { recordType: "CITATION", operation: "CREATE", payload: citation("occurredOn", "sister cities in 2007", "2007") },
      ],
    });
    expect(await approveChange(reviewer, change.id, "all", { seenRevision: 1 })).toMatchObject({ ok: true });
    const created = await prisma.tieEvent.findFirstOrThrow();
    expect(await prisma.citation.count({ where: { recordType: "TIE_EVENT", recordId: created.id } })).toBe(2);
    expect(await prisma.tie.findUniqueOrThrow({ where: { id: tieId } })).toMatchObject({
      kind: "SISTER",
      establishedOn: "2007",
      status: "ACTIVE",
    });
  });

  it("reports a key claim whose sources disagree", async () => {
    const { keyClaimStatus } = await import("@/lib/citation-policy");
    const created = await prisma.tieEvent.findFirstOrThrow();
    await prisma.citation.create({
      data: { recordType: "TIE_EVENT", recordId: created.id, field: "occurredOn", sourceId, quote: "2007", assertedValue: "2008" },
    });
    const tie = await prisma.tie.findUniqueOrThrow({ where: { id: tieId } });
    const change = await createChange(editor, {
      title: "Note",
      submit: true,
      items: [
        {
          recordType: "TIE_EVENT",
          operation: "UPDATE",
          recordId: created.id,
          baseVersion: tie.version,
          payload: { ...event, tieId, note: "checked" },
        },
      ],
    });
    const { readChangeItem } = await import("@/lib/change-item");
    const rows = await prisma.changeItem.findMany({ where: { changeRequestId: change.id } });
    const statuses = await keyClaimStatus(
      prisma,
      rows.map(readChangeItem).flatMap((reading) => (reading.ok ? [reading.item] : [])),
    );
    expect(statuses.map((s) => [s.field, s.isCited, s.isDisputed])).toEqual([
      ["kind", true, false],
      ["occurredOn", true, true],
    ]);
    await prisma.changeRequest.update({ where: { id: change.id }, data: { status: "WITHDRAWN" } });
    await prisma.citation.deleteMany({ where: { assertedValue: "2008" } });
  });

  it("accepts an edit of the event once its claims carry published citations", async () => {
    const created = await prisma.tieEvent.findFirstOrThrow();
    const tie = await prisma.tie.findUniqueOrThrow({ where: { id: tieId } });
    const change = await createChange(editor, {
      title: "Add the term",
      submit: true,
      items: [
        {
          recordType: "TIE_EVENT",
          operation: "UPDATE",
          recordId: created.id,
          baseVersion: tie.version,
          payload: { ...event, tieId, term: "友好合作城市" },
        },
      ],
    });
    expect(await approveChange(reviewer, change.id, "all", { seenRevision: 1 })).toMatchObject({ ok: true });
  });
});

describe("proposeTieEvent", () => {
  it("proposes the event with the passages for its kind and date, which then meet the policy", async () => {
    const { proposeTieEvent } = await import("@/lib/tie-event");
    const refused = await proposeTieEvent(editor, {
      event: { ...event, tieId, type: "RENEWAL", occurredOn: "2025" },
      citations: {
        kind: { sourceId: "", quote: "", startOffset: null, assertedValue: "" },
        occurredOn: { sourceId, quote: "renewed in 2025", startOffset: null, assertedValue: "2025" },
      },
    });
    expect(refused).toEqual({ ok: false, fieldErrors: { "citations.occurredOn.quote": expect.stringMatching(/not in the source/) } });
    const proposal = await proposeTieEvent(editor, {
      event: { ...event, tieId, type: "RENEWAL", occurredOn: "2007" },
      citations: {
        kind: { sourceId, quote: "officially became sister cities", startOffset: null, assertedValue: "SISTER" },
        occurredOn: { sourceId, quote: "in 2007", startOffset: null, assertedValue: "2007" },
      },
    });
    expect(proposal.ok).toBe(true);
    expect(await approveChange(reviewer, proposal.ok ? proposal.data!.id : "", "all", { seenRevision: 1 })).toMatchObject({ ok: true });
    expect(await prisma.tieEvent.count({ where: { tieId, type: "RENEWAL" } })).toBe(1);
  });
});
