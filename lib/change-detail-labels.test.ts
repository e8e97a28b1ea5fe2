import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { getChangeDetail } from "@/lib/change-detail";

const reviewer = { id: "", role: "REVIEWER" as const };
let authorId = "";

beforeAll(async () => {
  authorId = (await createTestUser("EDITOR", "editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
});

// A citation proposed alone, of the claim `field` of a record of `recordType`.
async function citationChange(recordType: "DELEGATION" | "EVENT", field: string) {
  const source = await prisma.source.create({
    data: { title: "A report", snapshot: "The visit ran from 19 June to 20 June.", snapshotHash: "test" },
  });
  const payload = {
    recordType,
    recordId: `some-${recordType.toLowerCase()}`,
    field,
    sourceId: source.id,
    quote: "from 19 June",
    prefix: "The visit ran ",
    suffix: " to 20 June.",
    startOffset: 14,
    assertedValue: "2024-06-19",
    rank: "NORMAL",
    rankReason: "",
  };
  return prisma.changeRequest.create({
    data: {
      title: "A citation",
      authorId,
      status: "SUBMITTED",
      submittedAt: new Date(),
      items: { create: [{ sequence: 0, recordType: "CITATION", operation: "CREATE", ref: "citation", payload }] },
    },
  });
}

describe("a citation in a change", () => {
  it("names the claim it supports as the cited kind's description words it", async () => {
    for (const [recordType, label] of [
      ["DELEGATION", "From"],
      ["EVENT", "Start date"],
    ] as const) {
      const change = await citationChange(recordType, "startOn");
      const detail = await getChangeDetail(reviewer, change.id);
      const [item] = detail!.items;
      expect(item.problem).toBeNull();
      // Only the label of the value the diff shows goes to the page.
      expect(item.valueLabels.field).toEqual({ startOn: label });
    }
  });

  it("shows the reviewer the quote, not where the source's text holds it", async () => {
    const change = await citationChange("EVENT", "startOn");
    const [item] = (await getChangeDetail(reviewer, change.id))!.items;
    const fields = item.diff.map((row) => row.field);
    expect(fields).toContain("quote");
    // Offset and context are hints to find the quote again, anchored afresh at approval.
    for (const anchor of ["startOffset", "prefix", "suffix"]) expect(fields).not.toContain(anchor);
  });
});
