import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { proposeCitation } from "@/lib/citation";
import { approveChange, returnChange } from "@/lib/change-review";
import type { CitationInput } from "@/lib/citation-schema";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };
let placeId = "";
let sourceId = "";

const snapshot = "历城区与江南区于2007年结为友好合作城市。Licheng District and Gangnam District officially became sister cities in 2007.";

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
  placeId = (await prisma.place.create({ data: { slug: "licheng", name: "Licheng District", country: "CN", level: "DISTRICT" } })).id;
  sourceId = (await prisma.source.create({ data: { title: "Licheng and Gangnam", snapshot, snapshotHash: "h" } })).id;
});

const cite = (quote: string, extra: Partial<CitationInput> = {}): CitationInput => ({
  recordType: "PLACE",
  recordId: placeId,
  field: "exists",
  sourceId,
  quote,
  prefix: "",
  suffix: "",
  startOffset: null,
  assertedValue: "",
  rank: "NORMAL",
  rankReason: "",
  ...extra,
});

describe("proposeCitation", () => {
  it("stores the passage as it stands in the source, with context and offsets, once approved", async () => {
    const proposal = await proposeCitation(editor, cite("officially  became sister\ncities in ２００７", { assertedValue: "2007" }));
    expect(proposal.ok).toBe(true);
    expect(await prisma.citation.count()).toBe(0);
    expect((await approveChange(reviewer, proposal.ok ? proposal.data!.id : "", "all", { seenRevision: 1 })).ok).toBe(true);
    const citation = await prisma.citation.findFirstOrThrow();
    expect(citation).toMatchObject({ quote: "officially became sister cities in 2007", assertedValue: "2007", recordId: placeId });
    expect(snapshot.slice(citation.startOffset!, citation.endOffset!)).toBe(citation.quote);
    expect(citation.prefix.endsWith("Gangnam District ")).toBe(true);
  });

  it("refuses a passage that is not in the source, at the quote field", async () => {
    const proposal = await proposeCitation(editor, cite("became sister cities in 2008"));
    expect(proposal).toEqual({ ok: false, fieldErrors: { quote: expect.stringMatching(/not in the source/) } });
    expect(await prisma.changeRequest.count({ where: { title: { contains: "2008" } } })).toBe(0);
  });

  it("refuses approval when the source's text no longer holds the passage", async () => {
    const proposal = await proposeCitation(editor, cite("历城区与江南区"));
    await prisma.source.update({ where: { id: sourceId }, data: { snapshot: "Replaced text without the passage." } });
    const approval = await approveChange(reviewer, proposal.ok ? proposal.data!.id : "", "all", { seenRevision: 1 });
    expect(approval).toEqual({ ok: false, formError: expect.stringMatching(/not in the source's text/) });
    expect(await prisma.citation.count()).toBe(1);
    await prisma.source.update({ where: { id: sourceId }, data: { snapshot } });
  });
});

describe("revising a returned citation", () => {
  it("keeps the change and its creation, with the new passage anchored in place of the old", async () => {
    const proposal = await proposeCitation(editor, cite("officially became sister cities"));
    const changeId = proposal.ok ? proposal.data!.id : "";
    expect((await returnChange(reviewer, changeId, { seenRevision: 1, comment: "Quote the year too" })).ok).toBe(true);
    const revised = await proposeCitation(editor, cite("officially became sister cities in 2007", { assertedValue: "2007" }), changeId);
    expect(revised).toEqual({ ok: true, data: { id: changeId } });
    const change = await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId }, include: { items: true } });
    expect(change).toMatchObject({ status: "SUBMITTED", revision: 2 });
    expect(change.items).toEqual([expect.objectContaining({ recordType: "CITATION", operation: "CREATE", status: "PENDING" })]);
    expect(change.items[0].payload).toMatchObject({
      quote: "officially became sister cities in 2007",
      assertedValue: "2007",
      startOffset: snapshot.indexOf("officially"),
    });
  });
});

describe("replacing a source's text", () => {
  it("finds every quote again, and flags one the new text lacks as orphaned instead of dropping it", async () => {
    const { proposeSourceEdit, getSourceForEditing } = await import("@/lib/source");
    for (const quote of ["officially became sister cities", "历城区与江南区于2007年"]) {
      const proposal = await proposeCitation(editor, cite(quote));
      expect((await approveChange(reviewer, proposal.ok ? proposal.data!.id : "", "all", { seenRevision: 1 })).ok).toBe(true);
    }
    const source = await getSourceForEditing(sourceId);
    const newText = "Preface added by the editor. Licheng District and Gangnam District officially became sister cities in 2007.";
    const edit = await proposeSourceEdit(editor, sourceId, { ...source!.content, snapshot: newText });
    expect((await approveChange(reviewer, edit.ok ? edit.data!.id : "", "all", { seenRevision: 1 })).ok).toBe(true);
    const citations = await prisma.citation.findMany({ where: { sourceId, retiredAt: null } });
    const moved = citations.find((c) => c.quote.startsWith("officially"))!;
    expect(moved.orphanedAt).toBeNull();
    expect(newText.slice(moved.startOffset!, moved.endOffset!)).toBe(moved.quote);
    const lost = citations.filter((c) => c.quote.includes("历城区"));
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.every((c) => c.orphanedAt !== null)).toBe(true);
  });
});
