import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { getClaimCitations, proposeSettlement, settlementFrom } from "@/lib/dispute";
import { approveChange, returnChange } from "@/lib/change-review";
import { createFootnotes } from "@/lib/footnotes";
import { PermissionDenied } from "@/lib/permissions";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };
const secondReviewer = { id: "", role: "REVIEWER" as const };
let agreementId = "";

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
  secondReviewer.id = (await createTestUser("REVIEWER", "second-reviewer")).id;
  agreementId = (
    await prisma.agreement.create({
      data: { slug: "sisterhood", title: "Sisterhood Agreement", kind: "SISTERHOOD_AGREEMENT", signedOn: "2024" },
    })
  ).id;
  const snapshot = "On May 19 the governor and the secretary met at Dodamso. June 19, Jiangsu and Gyeonggi formally signed.";
  const source = await prisma.source.create({ data: { title: "Reports", snapshot, snapshotHash: "h" } });
  for (const [quote, value] of [
    ["On May 19 the governor", "2024-05-19"],
    ["June 19, Jiangsu and Gyeonggi formally signed", "2024-06-19"],
    ["Jiangsu and Gyeonggi formally signed", "2024"],
  ]) {
    await prisma.citation.create({
      data: {
        recordType: "AGREEMENT",
        recordId: agreementId,
        field: "signedOn",
        sourceId: source.id,
        quote,
        assertedValue: value,
        startOffset: snapshot.indexOf(quote),
      },
    });
  }
});

const settlement = {
  recordType: "AGREEMENT" as const,
  field: "signedOn",
  preferredValue: "2024-06-19",
  reason: "The signing ceremony report dates it 19 June",
};

async function claimNow() {
  const citations = await prisma.citation.findMany({ where: { recordId: agreementId }, include: { source: true } });
  return createFootnotes(citations).claim("AGREEMENT", agreementId, "signedOn");
}

describe("settling a disputed claim", () => {
  it("starts disputed", async () => {
    expect(await claimNow()).toMatchObject({ isDisputed: true, preferred: null });
  });

  it("is not for editors", async () => {
    await expect(proposeSettlement(editor, { ...settlement, recordId: agreementId })).rejects.toThrow(PermissionDenied);
  });

  it("refuses a value no source gives", async () => {
    const result = await proposeSettlement(reviewer, { ...settlement, recordId: agreementId, preferredValue: "2024-07-01" });
    expect(result).toEqual({ ok: false, fieldErrors: { preferredValue: expect.any(String) } });
  });

  it("ranks the citations once another reviewer approves, keeping both values and the reason", async () => {
    const proposal = await proposeSettlement(reviewer, { ...settlement, recordId: agreementId });
    expect(proposal.ok).toBe(true);
    const changeId = proposal.ok ? proposal.data!.id : "";
    expect(await claimNow()).toMatchObject({ isDisputed: true });
    expect((await approveChange(reviewer, changeId, "all", { seenRevision: 1 })).ok).toBe(false);
    expect((await approveChange(secondReviewer, changeId, "all", { seenRevision: 1 })).ok).toBe(true);
    const claim = await claimNow();
    expect(claim).toMatchObject({
      isDisputed: false,
      preferred: "2024-06-19",
      alternatives: [{ value: "2024-05-19", reason: settlement.reason }],
    });
    expect(claim.footnotes).toHaveLength(3);
    // The year alone agrees with the preferred day: it is not ranked down.
    const yearOnly = await prisma.citation.findFirstOrThrow({ where: { recordId: agreementId, assertedValue: "2024" } });
    expect(yearOnly.rank).toBe("NORMAL");
  });

  it("offers only the values that tell the sources apart", async () => {
    expect((await getClaimCitations("AGREEMENT", agreementId, "signedOn")).values).toEqual(["2024-05-19", "2024-06-19"]);
  });
});

describe("revising a returned settlement", () => {
  let treatyId = "";

  beforeAll(async () => {
    treatyId = (
      await prisma.agreement.create({
        data: { slug: "treaty", title: "Friendship Treaty", kind: "SISTERHOOD_AGREEMENT", signedOn: "1990" },
      })
    ).id;
    const snapshot = "The treaty was signed in 1990. Other reports say 1991.";
    const source = await prisma.source.create({ data: { title: "Treaty reports", snapshot, snapshotHash: "t" } });
    for (const [quote, value] of [
      ["signed in 1990", "1990"],
      ["say 1991", "1991"],
    ]) {
      await prisma.citation.create({
        data: {
          recordType: "AGREEMENT",
          recordId: treatyId,
          field: "signedOn",
          sourceId: source.id,
          quote,
          assertedValue: value,
          startOffset: snapshot.indexOf(quote),
        },
      });
    }
  });

  it("keeps the change and its rank updates, with the new ranks and the new reason", async () => {
    const claim = { recordType: "AGREEMENT" as const, recordId: treatyId, field: "signedOn" };
    const first = await proposeSettlement(reviewer, { ...claim, preferredValue: "1991", reason: "The later report is fuller" });
    const changeId = first.ok ? first.data!.id : "";
    expect((await returnChange(secondReviewer, changeId, { seenRevision: 1, comment: "The treaty's own text says 1990" })).ok).toBe(true);
    const revision = { ...claim, preferredValue: "1990", reason: "The treaty's text dates it 1990" };
    expect(await proposeSettlement(reviewer, revision, changeId)).toEqual({ ok: true, data: { id: changeId } });
    const change = await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId }, include: { items: true, comments: true } });
    expect(change).toMatchObject({ status: "SUBMITTED", revision: 2 });
    expect(change.items.map((i) => [i.operation, i.status])).toEqual([
      ["UPDATE", "PENDING"],
      ["UPDATE", "PENDING"],
    ]);
    expect(change.items.map((i) => i.payload)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ assertedValue: "1990", rank: "PREFERRED", rankReason: "" }),
        expect.objectContaining({ assertedValue: "1991", rank: "DEPRECATED", rankReason: revision.reason }),
      ]),
    );
    expect(change.comments.map((c) => c.body)).toContain(revision.reason);
    expect(settlementFrom(change.items)).toEqual(revision);
  });
});

describe("settlementFrom", () => {
  const citation = {
    recordType: "AGREEMENT",
    recordId: "a1",
    field: "signedOn",
    sourceId: "s",
    quote: "signed in 1990",
    prefix: "",
    suffix: "",
    startOffset: 0,
    assertedValue: "1990",
    rank: "PREFERRED",
    rankReason: "",
  };
  const update = (payload: object) => ({ recordType: "CITATION" as const, operation: "UPDATE" as const, payload });

  it("rebuilds the claim, the preferred value and the reason", () => {
    const items = [update(citation), update({ ...citation, assertedValue: "1991", rank: "DEPRECATED", rankReason: "Later report" })];
    expect(settlementFrom(items)).toEqual({
      recordType: "AGREEMENT",
      recordId: "a1",
      field: "signedOn",
      preferredValue: "1990",
      reason: "Later report",
    });
  });

  it("leaves the value to choose again when no item carries it", () => {
    const items = [update({ ...citation, assertedValue: "1991", rank: "DEPRECATED", rankReason: "Later report" })];
    expect(settlementFrom(items)).toMatchObject({ preferredValue: "", reason: "Later report" });
  });

  it("is null for no items, another kind of item, items on two claims, or a payload that is not a citation", () => {
    expect(settlementFrom([])).toBeNull();
    expect(settlementFrom([update(citation), { recordType: "PLACE", operation: "UPDATE", payload: citation }])).toBeNull();
    expect(settlementFrom([update(citation), { ...update(citation), operation: "CREATE" }])).toBeNull();
    expect(settlementFrom([update(citation), update({ ...citation, field: "exists" })])).toBeNull();
    expect(settlementFrom([update({ ...citation, rank: "BEST" })])).toBeNull();
  });
});
