import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { approveChange } from "@/lib/change-review";
import { proposePlace } from "@/lib/place";
import { compareRevisions, listRevisions, proposeRestore } from "@/lib/revision";
import { emptyPlace, type PlaceInput } from "@/lib/place-schema";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };
let placeId = "";

const nara = (summary: string): PlaceInput => ({ ...emptyPlace(), name: "Nara", country: "JP", level: "CITY", names: [], summary });

async function proposeAndApprove(input: PlaceInput, id?: string) {
  const proposal = await proposePlace(editor, input, { placeId: id }, true);
  if (!proposal.ok) throw new Error(JSON.stringify(proposal));
  const approval = await approveChange(reviewer, proposal.data!.id, "all", { seenRevision: 1 });
  if (!approval.ok) throw new Error(JSON.stringify(approval));
}

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "Editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "Reviewer")).id;
  await proposeAndApprove(nara("Ancient capital"));
  placeId = (await prisma.place.findFirstOrThrow({ where: { name: "Nara" } })).id;
  await proposeAndApprove(nara("Ancient capital of Japan, known for its deer"), placeId);
});

describe("revisions", () => {
  it("records each approved version with who proposed and who approved it", async () => {
    const revisions = await listRevisions("PLACE", placeId);
    expect(revisions.map((r) => r.version)).toEqual([2, 1]);
    expect(revisions[0]).toMatchObject({ proposedBy: { name: "Editor" }, approvedBy: { name: "Reviewer" } });
  });

  it("compares any two versions field by field", async () => {
    const comparison = await compareRevisions("PLACE", placeId, 1, 2);
    expect(comparison?.diff.filter((d) => d.isChanged).map((d) => d.field)).toEqual(["summary"]);
  });

  it("restores an old version only through a reviewed change", async () => {
    const restore = await proposeRestore(editor, "PLACE", placeId, 1);
    expect(restore.ok).toBe(true);
    expect(await prisma.place.findUniqueOrThrow({ where: { id: placeId } })).toMatchObject({
      summary: "Ancient capital of Japan, known for its deer",
    });
    const change = await prisma.changeRequest.findUniqueOrThrow({
      where: { id: restore.ok ? restore.data!.id : "" },
      include: { items: true },
    });
    expect(change).toMatchObject({ status: "SUBMITTED", title: "Restore place Nara to version 1" });
    expect(change.items[0]).toMatchObject({ operation: "UPDATE", baseVersion: 2, payload: { summary: "Ancient capital" } });
    expect(await prisma.auditEvent.count({ where: { action: "revision.restored", targetId: placeId } })).toBe(1);
    expect((await approveChange(reviewer, change.id, "all", { seenRevision: 1 })).ok).toBe(true);
    expect(await prisma.place.findUniqueOrThrow({ where: { id: placeId } })).toMatchObject({ summary: "Ancient capital", version: 3 });
  });

  it("refuses to restore the version that is already published", async () => {
    const current = await prisma.place.findUniqueOrThrow({ where: { id: placeId } });
    expect(await proposeRestore(editor, "PLACE", placeId, current.version)).toMatchObject({ ok: false });
  });
});
