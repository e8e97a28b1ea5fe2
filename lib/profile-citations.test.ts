import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { findProfileCitations } from "@/lib/profile-citations";

// A hub's profile: more ties than one query may name (a thousand ids and a record type
// overran SQLite's bound parameters), each cited, and its tie events besides.
const TIES = 1_200;
const tieIds = Array.from({ length: TIES }, (_, i) => `tie-${String(i).padStart(4, "0")}`);

beforeAll(async () => {
  const source = await prisma.source.create({ data: { title: "The list", snapshot: "twinned; established", snapshotHash: "h" } });
  const at = (i: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, i));
  await prisma.citation.createMany({
    data: [
      ...tieIds.map((recordId, i) => ({
        recordType: "TIE" as const,
        recordId,
        field: "exists",
        sourceId: source.id,
        quote: "twinned",
        createdAt: at(TIES - i),
      })),
      {
        recordType: "TIE_EVENT" as const,
        recordId: "event-1",
        field: "occurredOn",
        sourceId: source.id,
        quote: "established",
        createdAt: at(0),
      },
      { recordType: "TIE" as const, recordId: "tie-elsewhere", field: "exists", sourceId: source.id, quote: "twinned", createdAt: at(0) },
    ],
  });
});

describe("findProfileCitations", () => {
  it("finds every citation of a profile with more records than one query names, oldest first", async () => {
    const citations = await findProfileCitations([
      { recordType: "TIE", ids: [...tieIds, null] },
      { recordType: "TIE_EVENT", ids: ["event-1"] },
    ]);
    expect(citations).toHaveLength(TIES + 1);
    expect(citations[0]).toMatchObject({ recordType: "TIE_EVENT", recordId: "event-1" });
    expect(citations.slice(1).map((c) => c.recordId)).toEqual([...tieIds].reverse());
  });
});
