import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cacheTag } from "next/cache";
import { prisma } from "@/lib/db";
import { getTieProfile } from "@/lib/tie-profile";
import { orderTiePair } from "@/lib/tie-timeline";
import { agreementTag, placeSlugTag, placeTag, sourceTag, tieTag, TIES_TAG } from "@/lib/cache-tags";

// Outside Next.js there is no cache scope for cacheTag(); the tags a read sets are what
// approvals must revalidate, so they are recorded instead.
vi.mock("next/cache", () => ({ cacheTag: vi.fn() }));
const tagsSet = () => vi.mocked(cacheTag).mock.calls.flat();

const ids = { jiangsu: "", gyeonggi: "", tie: "", source: "", agreement: "" };

beforeAll(async () => {
  const place = (slug: string, country: string, native: string, lang: string) =>
    prisma.place.create({
      data: {
        slug,
        name: slug,
        country,
        level: "PROVINCE",
        names: { create: [{ text: native, normalized: native, lang, kind: "NATIVE", isPreferred: true }] },
      },
    });
  ids.jiangsu = (await place("jiangsu", "CN", "江苏省", "zh-Hans")).id;
  ids.gyeonggi = (await place("gyeonggi", "KR", "경기도", "ko")).id;
  const [placeAId, placeBId] = orderTiePair(ids.jiangsu, ids.gyeonggi);
  const agreement = await prisma.agreement.create({
    data: { slug: "sisterhood", title: "Sisterhood Agreement", kind: "SISTERHOOD_AGREEMENT" },
  });
  ids.agreement = agreement.id;
  const tie = await prisma.tie.create({
    data: {
      placeAId,
      placeBId,
      kind: "SISTER",
      establishedOn: "2011",
      events: {
        create: [
          { type: "UPGRADE", kind: "SISTER", occurredOn: "2024", agreementId: agreement.id },
          { type: "ANNIVERSARY" },
          { type: "ESTABLISHED", kind: "FRIENDSHIP_EXCHANGE", occurredOn: "2011" },
        ],
      },
    },
    include: { events: true },
  });
  ids.tie = tie.id;
  const source = await prisma.source.create({
    data: { title: "Gyeonggi news", snapshot: "first forged a friendly relationship in 2011", snapshotHash: "h" },
  });
  ids.source = source.id;
  const established = tie.events.find((e) => e.type === "ESTABLISHED")!;
  await prisma.citation.create({
    data: {
      recordType: "TIE_EVENT",
      recordId: established.id,
      field: "occurredOn",
      sourceId: source.id,
      quote: "in 2011",
      assertedValue: "2011",
    },
  });
});

beforeEach(() => vi.mocked(cacheTag).mockClear());

describe("getTieProfile", () => {
  it("finds the tie from its address in either order, with both places in the stored order", async () => {
    const [a, b] = orderTiePair(ids.jiangsu, ids.gyeonggi);
    const slugOf = (id: string) => (id === ids.jiangsu ? "jiangsu" : "gyeonggi");
    for (const slug of [`${slugOf(a)}--${slugOf(b)}`, `${slugOf(b)}--${slugOf(a)}`]) {
      const profile = await getTieProfile(slug);
      expect(profile?.tie).toMatchObject({ id: ids.tie, placeA: { id: a }, placeB: { id: b } });
    }
  });

  it("lists the events by date, undated last, each with its agreement's title and address", async () => {
    const profile = await getTieProfile("jiangsu--gyeonggi");
    expect(profile?.tie.events.map((e) => e.type)).toEqual(["ESTABLISHED", "UPGRADE", "ANNIVERSARY"]);
    expect(profile?.tie.events[1].agreement).toMatchObject({ id: ids.agreement, slug: "sisterhood", title: "Sisterhood Agreement" });
    expect(profile?.citations.map((c) => c.field)).toEqual(["occurredOn"]);
  });

  it("is tagged with the tie, both places, its agreements and every cited source", async () => {
    await getTieProfile("gyeonggi--jiangsu");
    const expected = [placeTag(ids.gyeonggi), placeTag(ids.jiangsu), agreementTag(ids.agreement), sourceTag(ids.source), tieTag(ids.tie)];
    expect(tagsSet().sort()).toEqual(expected.sort());
  });

  it("finds nothing for an unknown pair, tagged so that the tie's creation refreshes it", async () => {
    expect(await getTieProfile("jiangsu--nara")).toBeNull();
    expect(tagsSet()).toEqual([TIES_TAG, placeSlugTag("jiangsu"), placeSlugTag("nara")]);
    expect(await getTieProfile("jiangsu")).toBeNull();
  });
});
