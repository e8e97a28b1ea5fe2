import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { proposeSettlement } from "@/lib/dispute";
import { approveChange } from "@/lib/change-review";
import { createFootnotes } from "@/lib/footnotes";
import { PermissionDenied } from "@/lib/permissions";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };
const secondReviewer = { id: "", role: "REVIEWER" as const };
let agreementId = "";

beforeAll(async () => {
  for (const [actor, email] of [[editor, "e"], [reviewer, "r1"], [secondReviewer, "r2"]] as const) {
    actor.id = (await prisma.user.create({ data: { email: `${email}@test`, name: email, passwordHash: "x", role: actor.role } })).id;
  }
  agreementId = (await prisma.agreement.create({ data: { slug: "sisterhood", title: "Sisterhood Agreement", kind: "SISTERHOOD_AGREEMENT", signedOn: "2024" } })).id;
  const snapshot = "On May 19 the governor and the secretary met at Dodamso. June 19, Jiangsu and Gyeonggi formally signed.";
  const source = await prisma.source.create({ data: { title: "Reports", snapshot, snapshotHash: "h" } });
  for (const [quote, value] of [["On May 19 the governor", "2024-05-19"], ["June 19, Jiangsu and Gyeonggi formally signed", "2024-06-19"]]) {
    await prisma.citation.create({ data: { recordType: "AGREEMENT", recordId: agreementId, field: "signedOn", sourceId: source.id, quote, assertedValue: value, startOffset: snapshot.indexOf(quote) } });
  }
});

const settlement = { recordType: "AGREEMENT" as const, field: "signedOn", preferredValue: "2024-06-19", reason: "The signing ceremony report dates it 19 June" };

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
    expect(claim).toMatchObject({ isDisputed: false, preferred: "2024-06-19", alternatives: [{ value: "2024-05-19", reason: settlement.reason }] });
    expect(claim.footnotes).toHaveLength(2);
  });
});
