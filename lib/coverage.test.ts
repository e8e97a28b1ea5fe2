import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getCoverage } from "@/lib/coverage";

let eventId = "";

beforeAll(async () => {
  const [a, b] = await Promise.all(
    ["Jiangsu", "Gyeonggi"].map((name) =>
      prisma.place.create({ data: { slug: name.toLowerCase(), name, country: "CN", level: "PROVINCE" } }),
    ),
  );
  const tie = await prisma.tie.create({ data: { placeAId: a.id, placeBId: b.id } });
  eventId = (await prisma.tieEvent.create({ data: { tieId: tie.id, type: "UPGRADE", kind: "SISTER", occurredOn: "2024" } })).id;
  const snapshot = "On May 19 they met. June 19, Jiangsu and Gyeonggi formally signed.";
  const source = await prisma.source.create({ data: { title: "Two reports", snapshot, snapshotHash: "h1" } });
  await prisma.source.create({ data: { title: "Nobody cites me", snapshot: "Unused text", snapshotHash: "h2" } });
  const cite = (quote: string, assertedValue: string, field = "occurredOn") =>
    prisma.citation.create({
      data: {
        recordType: "TIE_EVENT",
        recordId: eventId,
        field,
        sourceId: source.id,
        quote,
        assertedValue,
        startOffset: snapshot.indexOf(quote),
      },
    });
  await cite("On May 19 they met", "2024-05-19");
  await cite("June 19, Jiangsu and Gyeonggi formally signed", "2024-06-19");
  // The year alone agrees with both days: it adds no third value.
  await cite("Jiangsu and Gyeonggi formally signed", "2024");
  await cite("a passage that is not there", "2024-06-19", "note");
});

describe("getCoverage", () => {
  it("counts key claims cited: the event's date is, its kind is not", async () => {
    const coverage = await getCoverage();
    expect(coverage).toMatchObject({ keyClaimCount: 2, citedKeyClaimCount: 1 });
    expect(coverage.uncited.map((c) => c.field)).toEqual(["kind"]);
  });

  it("lists a claim whose sources give different values as disputed", async () => {
    const { disputed } = await getCoverage();
    expect(disputed).toEqual([
      {
        recordType: "TIE_EVENT",
        recordId: eventId,
        field: "occurredOn",
        title: "Jiangsu–Gyeonggi upgraded",
        values: ["2024-05-19", "2024-06-19"],
        valueNames: {},
      },
    ]);
  });

  it("finds quotes no longer in their source, and sources nobody cites", async () => {
    const { orphaned, unusedSources } = await getCoverage();
    expect(orphaned.map((o) => o.quote)).toEqual(["a passage that is not there"]);
    expect(unusedSources.map((s) => s.title)).toEqual(["Nobody cites me"]);
  });
});
