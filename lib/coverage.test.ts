import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { COVERAGE_LIST_LIMIT, getCoverage } from "@/lib/coverage";
import { sourceRecord } from "@/lib/source-record";

let eventId = "";
let tieId = "";

beforeAll(async () => {
  const [a, b] = await Promise.all(
    ["Jiangsu", "Gyeonggi"].map((name) =>
      prisma.place.create({ data: { slug: name.toLowerCase(), name, country: "CN", level: "PROVINCE" } }),
    ),
  );
  const tie = await prisma.tie.create({ data: { placeAId: a.id, placeBId: b.id } });
  tieId = tie.id;
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
  await cite("On May 19 they met", "2024", "note");
  // The editor replaces the text with one that no longer says when they met.
  await prisma.$transaction(async (tx) => {
    const { content } = (await sourceRecord.load(tx, source.id))!;
    await sourceRecord.update(tx, source.id, { ...content, snapshot: "June 19, Jiangsu and Gyeonggi formally signed." });
  });
});

describe("getCoverage", () => {
  it("counts key claims cited: the event's date is, its kind is not", async () => {
    const coverage = await getCoverage();
    expect(coverage).toMatchObject({ keyClaimCount: 2, citedKeyClaimCount: 1 });
    expect(coverage.uncited.first.map((c) => c.field)).toEqual(["kind"]);
  });

  it("counts a person and the position they hold among the claims to cite, each leading to its form", async () => {
    const person = await prisma.person.create({ data: { slug: "xu-kunlin", name: "Xu Kunlin" } });
    await prisma.position.create({ data: { personId: person.id, title: "Governor of Jiangsu", startOn: "2021" } });
    const { uncited } = await getCoverage();
    expect(uncited.first.map((c) => c.label)).toEqual([
      "Jiangsu–Gyeonggi, Upgraded, 2024: Kind of tie from then on",
      "Xu Kunlin: that it exists",
      "Xu Kunlin, Governor of Jiangsu (2021–): Title",
      "Xu Kunlin, Governor of Jiangsu (2021–): From",
    ]);
    // Each leads to the form where it is cited: a position's is its person's.
    expect(uncited.first.map((c) => c.editPath)).toEqual([
      `/admin/ties/${tieId}/events/${eventId}/edit`,
      `/admin/people/${person.id}/edit`,
      `/admin/people/${person.id}/edit`,
      `/admin/people/${person.id}/edit`,
    ]);
    await prisma.position.deleteMany({ where: { personId: person.id } });
    await prisma.person.delete({ where: { id: person.id } });
  });

  it("lists a claim whose sources give different values as disputed", async () => {
    const { disputed } = await getCoverage();
    expect(disputed.first).toEqual([
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

  it("finds quotes their source's new text no longer holds, and sources nobody cites", async () => {
    const { orphaned, unusedSources } = await getCoverage();
    expect(orphaned.first.map((o) => o.quote)).toEqual(["On May 19 they met", "On May 19 they met"]);
    expect(orphaned.count).toBe(2);
    expect(unusedSources.first.map((s) => s.title)).toEqual(["Nobody cites me"]);
  });

  it("shows the first of a long list, and counts the whole", async () => {
    const extra = COVERAGE_LIST_LIMIT + 5;
    await prisma.source.createMany({
      data: Array.from({ length: extra }, (_, i) => ({
        title: `Unread ${String(i).padStart(3, "0")}`,
        snapshot: `text ${i}`,
        snapshotHash: `u${i}`,
      })),
    });
    const { unusedSources } = await getCoverage();
    expect(unusedSources.count).toBe(extra + 1);
    expect(unusedSources.first).toHaveLength(COVERAGE_LIST_LIMIT);
    expect(unusedSources.first[0].title).toBe("Nobody cites me");
    await prisma.source.deleteMany({ where: { title: { startsWith: "Unread" } } });
  });
});
