import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cacheTag } from "next/cache";
import { prisma } from "@/lib/db";
import { getDelegationProfile } from "@/lib/delegation-profile";
import { describeDelegation } from "@/lib/delegation-json";
import { serializeLinkedData } from "@/lib/profile-json";
import { getDelegationHistory } from "@/lib/record-history";
import { agreementTag, delegationTag, DELEGATIONS_TAG, eventTag, organisationTag, personTag, placeTag, sourceTag } from "@/lib/cache-tags";

// Outside Next.js there is no cache scope for cacheTag(); the tags a read sets are what
// approvals must revalidate, so they are recorded instead.
vi.mock("next/cache", () => ({ cacheTag: vi.fn() }));
const tagsSet = () => vi.mocked(cacheTag).mock.calls.flat();

const ids: Record<string, string> = {};

beforeAll(async () => {
  for (const slug of ["jiangsu", "nara", "kyoto", "gyeonggi", "seoul"]) {
    ids[slug] = (await prisma.place.create({ data: { slug, name: slug, country: "CN", level: "PROVINCE" } })).id;
  }
  ids.xin = (await prisma.person.create({ data: { slug: "xin", name: "Xin Changxing" } })).id;
  ids.han = (await prisma.person.create({ data: { slug: "han", name: "Han Deok-soo" } })).id;
  ids.aide = (await prisma.person.create({ data: { slug: "aide", name: "An Aide" } })).id;
  ids.sk = (await prisma.organisation.create({ data: { slug: "sk", name: "SK Group", kind: "COMPANY" } })).id;
  const delegation = await prisma.delegation.create({
    data: {
      slug: "jiangsu-visit",
      title: "Jiangsu delegation",
      leaderId: ids.xin,
      leaderTitle: "Party Secretary",
      sendingPlaceId: ids.jiangsu,
      startOn: "2024-06",
      endOn: "2024-06-20",
      purpose: "Friendship </script><script>alert(1)</script>",
      // Entered out of order: the itinerary follows `sequence`.
      stops: {
        create: [
          { placeId: ids.gyeonggi, sequence: 2, startOn: "2024-06-19" },
          { placeId: ids.nara, sequence: 0, startOn: "2024-06" },
          { placeId: ids.kyoto, sequence: 1 },
        ],
      },
      meetings: {
        create: [
          { personId: ids.han, placeId: ids.seoul, counterpartTitle: "Prime Minister", occurredOn: "2024-06-20" },
          { organisationId: ids.sk, counterpartTitle: "SK Group" },
          { personId: ids.han, counterpartTitle: "Prime Minister", occurredOn: "2024-06-19" },
        ],
      },
      members: { create: [{ personId: ids.aide, title: "Deputy Secretary-General" }] },
      siteVisits: { create: [{ name: "SK Group", organisationId: ids.sk, occurredOn: "2024-06-20" }] },
      gifts: { create: [{ description: "A painting", fromPlaceId: ids.jiangsu, toPlaceId: ids.gyeonggi }] },
    },
    include: { stops: true },
  });
  ids.delegation = delegation.id;
  ids.gyeonggiStop = delegation.stops.find((s) => s.placeId === ids.gyeonggi)!.id;
  const agreement = (slug: string, extra = {}) =>
    prisma.agreement.create({ data: { slug, title: slug, kind: "SISTERHOOD_AGREEMENT", delegationId: delegation.id, ...extra } });
  ids.agreement = (await agreement("sisterhood", { signedOn: "2024" })).id;
  await agreement("withdrawn", { retiredAt: new Date() });
  ids.event = (await prisma.event.create({ data: { slug: "forum", name: "Forum", kind: "FORUM", delegationId: delegation.id } })).id;
  const source = await prisma.source.create({
    data: { title: "Jiangsu news", url: "https://news.test/a", snapshot: "From June 19 to 20 in Korea", snapshotHash: "h" },
  });
  ids.source = source.id;
  const cite = (recordType: "DELEGATION" | "DELEGATION_STOP", recordId: string, field: string, assertedValue: string) =>
    prisma.citation.create({ data: { recordType, recordId, field, sourceId: source.id, quote: "From June 19 to 20", assertedValue } });
  await cite("DELEGATION", delegation.id, "startOn", "2024-06");
  await prisma.citation.create({
    data: {
      recordType: "DELEGATION",
      recordId: delegation.id,
      field: "startOn",
      sourceId: source.id,
      quote: "From June 19",
      assertedValue: "2024-06-19",
      rank: "PREFERRED",
    },
  });
  await cite("DELEGATION_STOP", ids.gyeonggiStop, "startOn", "2024-06-19");
  await prisma.revision.create({ data: { recordType: "DELEGATION", recordId: delegation.id, version: 1, snapshot: {} } });
});

beforeEach(() => vi.mocked(cacheTag).mockClear());

describe("getDelegationProfile", () => {
  it("lists the itinerary in its order and the meetings by date, undated last", async () => {
    const { delegation } = (await getDelegationProfile("jiangsu-visit"))!;
    expect(delegation.stops.map((s) => s.place.slug)).toEqual(["nara", "kyoto", "gyeonggi"]);
    expect(delegation.meetings.map((m) => m.occurredOn)).toEqual(["2024-06-19", "2024-06-20", null]);
    expect(delegation.members.map((m) => [m.person.slug, m.title])).toEqual([["aide", "Deputy Secretary-General"]]);
    expect(delegation.siteVisits.map((v) => v.organisation?.slug)).toEqual(["sk"]);
    expect(delegation.gifts.map((g) => [g.fromPlace?.slug, g.toPlace?.slug])).toEqual([["jiangsu", "gyeonggi"]]);
  });

  it("lists the published agreements signed and the events attended, not retired ones", async () => {
    const { delegation } = (await getDelegationProfile("jiangsu-visit"))!;
    expect(delegation.agreements.map((a) => a.slug)).toEqual(["sisterhood"]);
    expect(delegation.events.map((e) => e.slug)).toEqual(["forum"]);
  });

  it("is tagged with itself, every record it links to and every cited source", async () => {
    await getDelegationProfile("jiangsu-visit");
    const tags = new Set(tagsSet());
    for (const tag of [
      delegationTag(ids.delegation),
      ...["jiangsu", "nara", "kyoto", "gyeonggi", "seoul"].map((slug) => placeTag(ids[slug])),
      ...[ids.xin, ids.han, ids.aide].map(personTag),
      organisationTag(ids.sk),
      agreementTag(ids.agreement),
      eventTag(ids.event),
      sourceTag(ids.source),
    ]) {
      expect(tags).toContain(tag);
    }
  });

  it("finds nothing at an unknown address, tagged so that a new delegation there refreshes it", async () => {
    expect(await getDelegationProfile("nowhere")).toBeNull();
    expect(tagsSet()).toEqual([DELEGATIONS_TAG]);
  });
});

describe("describeDelegation", () => {
  it("gives the JSON export and the JSON-LD the same leader, dates and stops, the settled date in both", async () => {
    const { data, linkedData } = describeDelegation((await getDelegationProfile("jiangsu-visit"))!);
    const json = data as Record<string, unknown> & { itinerary: { place: { name: string }; startOn: string | null }[] };
    expect(json.leader).toEqual({ name: "Xin Changxing", path: "/people/xin", title: "Party Secretary", position: null });
    expect([json.startOn, json.endOn]).toEqual(["2024-06-19", "2024-06-20"]);
    expect(json.itinerary.map((s) => [s.place.name, s.startOn])).toEqual([
      ["nara", "2024-06"],
      ["kyoto", null],
      ["gyeonggi", "2024-06-19"],
    ]);
    expect(linkedData["@type"]).toEqual(["Event", "Trip"]);
    expect([linkedData.startDate, linkedData.endDate]).toEqual(["2024-06-19", "2024-06-20"]);
    expect(linkedData.attendee).toContainEqual(expect.objectContaining({ name: "Xin Changxing", jobTitle: "Party Secretary" }));
    const itinerary = linkedData.itinerary as { itemListElement: { position: number; item: { name: string } }[] };
    expect(itinerary.itemListElement.map((e) => [e.position, e.item.name])).toEqual([
      [1, "nara"],
      [2, "kyoto"],
      [3, "gyeonggi"],
    ]);
  });

  it("carries each fact's citations with the source's title, address and the quote", async () => {
    const { data } = describeDelegation((await getDelegationProfile("jiangsu-visit"))!);
    const json = data as { itinerary: { citations: unknown[] }[]; citations: { field: string; rank: string }[] };
    expect(json.itinerary[2].citations).toEqual([
      {
        field: "startOn",
        quote: "From June 19 to 20",
        statedValue: "2024-06-19",
        rank: "NORMAL",
        rankReason: null,
        isOrphaned: false,
        source: { title: "Jiangsu news", publisher: null, publishedOn: null, url: "https://news.test/a", path: `/sources/${ids.source}` },
      },
    ]);
    expect(json.citations.map((c) => [c.field, c.rank])).toEqual([
      ["startOn", "NORMAL"],
      ["startOn", "PREFERRED"],
    ]);
  });

  it("writes JSON-LD that no value can break out of, and that parses back whole", async () => {
    const { linkedData } = describeDelegation((await getDelegationProfile("jiangsu-visit"))!);
    const html = serializeLinkedData(linkedData);
    expect(html).not.toMatch(/[<>&]/);
    expect(JSON.parse(html).description).toBe("Friendship </script><script>alert(1)</script>");
  });
});

describe("getDelegationHistory", () => {
  it("lists the delegation's published versions, tagged with the delegation", async () => {
    expect((await getDelegationHistory(ids.delegation)).map((v) => v.version)).toEqual([1]);
    expect(tagsSet()).toEqual([delegationTag(ids.delegation)]);
  });
});

describe("a visit whose sources give no order", () => {
  it("numbers no stop, says what the sources leave unnamed, and carries the passages for the stops and meetings", async () => {
    const source = await prisma.source.create({
      data: { title: "Visit news", snapshot: "visited Kyoto, Nara and other places; met the governor", snapshotHash: "u" },
    });
    const visit = await prisma.delegation.create({
      data: {
        slug: "unordered-visit",
        title: "Unordered visit",
        sendingPlaceId: ids.jiangsu,
        itineraryOrdered: false,
        otherPlacesNote: "and other places",
        stops: {
          create: [
            { placeId: ids.kyoto, sequence: 1 },
            { placeId: ids.nara, sequence: 2 },
          ],
        },
        meetings: { create: [{ personId: ids.han, counterpartTitle: "Governor" }] },
      },
    });
    for (const [field, quote] of [
      ["stops", "visited Kyoto, Nara"],
      ["meetings", "met the governor"],
    ]) {
      await prisma.citation.create({ data: { recordType: "DELEGATION", recordId: visit.id, field, sourceId: source.id, quote } });
    }
    const { data, linkedData } = describeDelegation((await getDelegationProfile("unordered-visit"))!);
    const json = data as {
      itinerary: { sequence: number | null }[];
      otherPlaces: string;
      itineraryOrdered: boolean;
      citations: { field: string }[];
    };
    expect(json.itinerary.map((s) => s.sequence)).toEqual([null, null]);
    expect([json.itineraryOrdered, json.otherPlaces]).toEqual([false, "and other places"]);
    expect(json.citations.map((c) => c.field).sort()).toEqual(["meetings", "stops"]);
    const itinerary = linkedData.itinerary as { itemListOrder: string; description: string; itemListElement: { position?: number }[] };
    expect(itinerary.itemListOrder).toBe("https://schema.org/ItemListUnordered");
    expect(itinerary.description).toBe("and other places");
    expect(itinerary.itemListElement.map((e) => e.position)).toEqual([undefined, undefined]);
    expect(linkedData.subEvent).toContainEqual(expect.objectContaining({ name: "Meeting with Han Deok-soo, Governor" }));
  });
});
