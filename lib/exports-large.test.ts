import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { csvResponse } from "@/lib/csv";
import { EXPORT_BATCH } from "@/lib/export-rows";
import { listTieRows } from "@/lib/tie-export";
import { orderTiePair } from "@/lib/tie-timeline";

// Three batches of ties, each cited: the file holds them all, in order of their establishment,
// across the batches. Read at once, more than 999 ids pass the bound parameters Prisma allows
// SQLite in one query: the twin-cities list's 25,000 ties once failed outright.
const TIES = 2 * EXPORT_BATCH + 3;

beforeAll(async () => {
  const places = Array.from({ length: 2 * TIES }, (_, i) => ({
    id: `place-${i}`,
    slug: `place-${i}`,
    name: `Place ${i}`,
    country: "JP",
    level: "CITY" as const,
  }));
  await prisma.place.createMany({ data: places });
  const source = await prisma.source.create({ data: { title: "The list", snapshot: "twinned", snapshotHash: "h" } });
  // Established in the reverse of creation: the file's order is the ties', not the table's.
  const ties = Array.from({ length: TIES }, (_, i) => {
    const [placeAId, placeBId] = orderTiePair(`place-${2 * i}`, `place-${2 * i + 1}`);
    return { id: `tie-${i}`, placeAId, placeBId, establishedOn: String(3000 - i) };
  });
  await prisma.tie.createMany({ data: ties });
  await prisma.citation.createMany({
    data: ties.map((tie) => ({ recordType: "TIE" as const, recordId: tie.id, field: "exists", sourceId: source.id, quote: "twinned" })),
  });
});

describe("the ties export", () => {
  it("holds every tie of a record larger than a batch, in order, each with its citation", async () => {
    const text = new TextDecoder().decode(await csvResponse(listTieRows("https://amity.test"), "ties.csv").arrayBuffer());
    const [header, ...rows] = text
      .trimEnd()
      .split("\r\n")
      .map((line) => line.split(","));
    expect(rows).toHaveLength(TIES);
    const since = rows.map((row) => Number(row[header.indexOf("Since")]));
    expect(since).toEqual([...since].sort((a, b) => a - b));
    expect(since[0]).toBe(3000 - TIES + 1);
    expect(rows.every((row) => row.at(-1)!.includes("“twinned” — The list"))).toBe(true);
  });
});
