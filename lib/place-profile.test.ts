import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cacheTag } from "next/cache";
import { prisma } from "@/lib/db";
import { getPlaceProfile } from "@/lib/place-profile";
import { describePlace } from "@/lib/place-json";
import { getOrganisationProfile } from "@/lib/organisation-profile";
import { describeOrganisation } from "@/lib/organisation-json";
import { agreementTag, delegationTag, eventTag, personTag } from "@/lib/cache-tags";

// Outside Next.js there is no cache scope for cacheTag(); the tags a read sets are what
// approvals must revalidate, so they are recorded instead.
vi.mock("next/cache", () => ({ cacheTag: vi.fn() }));
const tagsSet = () => vi.mocked(cacheTag).mock.calls.flat();

const ids: Record<string, string> = {};

beforeAll(async () => {
  const seoul = await prisma.place.create({
    data: {
      slug: "seoul",
      name: "Seoul",
      country: "KR",
      level: "SPECIAL_CITY",
      latitude: 37.57,
      longitude: 126.98,
      names: { create: [{ text: "서울특별시", normalized: "서울특별시", lang: "ko", kind: "NATIVE", isPreferred: true }] },
    },
  });
  ids.seoul = seoul.id;
  ids.jiangsu = (await prisma.place.create({ data: { slug: "jiangsu", name: "Jiangsu", country: "CN", level: "PROVINCE" } })).id;
  ids.xin = (await prisma.person.create({ data: { slug: "xin", name: "Xin Changxing" } })).id;
  ids.sk = (
    await prisma.organisation.create({ data: { slug: "sk", name: "SK Group", kind: "COMPANY", country: "KR", placeId: seoul.id } })
  ).id;
  const visit = await prisma.delegation.create({
    data: {
      slug: "visit",
      title: "Jiangsu delegation",
      leaderId: ids.xin,
      sendingPlaceId: ids.jiangsu,
      startOn: "2024-06-19",
      stops: { create: [{ placeId: seoul.id, sequence: 0 }] },
      meetings: { create: [{ organisationId: ids.sk, counterpartTitle: "Chairman", occurredOn: "2024-06-20" }] },
    },
  });
  ids.visit = visit.id;
  ids.agreement = (
    await prisma.agreement.create({
      data: { slug: "mou", title: "Memorandum", kind: "MEMORANDUM_OF_UNDERSTANDING", parties: { create: [{ placeId: seoul.id }] } },
    })
  ).id;
  ids.event = (
    await prisma.event.create({
      data: {
        slug: "promotion",
        name: "Water Rhythm",
        kind: "PROMOTION",
        places: { create: { placeId: seoul.id } },
        organisers: { create: { organisationId: ids.sk } },
      },
    })
  ).id;
});

beforeEach(() => vi.mocked(cacheTag).mockClear());

describe("a place's profile", () => {
  it("lists the agreements, delegations and events it appears in, tagged with each", async () => {
    const profile = (await getPlaceProfile("seoul"))!;
    expect(profile.agreements.map((a) => a.slug)).toEqual(["mou"]);
    expect(profile.delegations.map((d) => [d.slug, d.leader?.slug])).toEqual([["visit", "xin"]]);
    expect(profile.events.map((e) => [e.slug, e.organisers[0]?.slug])).toEqual([["promotion", "sk"]]);
    expect(tagsSet()).toEqual(
      expect.arrayContaining([agreementTag(ids.agreement), delegationTag(ids.visit), eventTag(ids.event), personTag(ids.xin)]),
    );
  });

  it("is a schema.org Place in its JSON-LD, and links what it lists in its JSON", async () => {
    const { data, linkedData } = describePlace((await getPlaceProfile("seoul"))!);
    expect(linkedData).toMatchObject({
      "@type": "Place",
      name: "Seoul",
      alternateName: ["서울특별시"],
      address: { addressCountry: "KR" },
      geo: { "@type": "GeoCoordinates", latitude: 37.57, longitude: 126.98 },
    });
    expect(data).toMatchObject({
      level: "Special city (특별시)",
      agreements: [{ name: "Memorandum", path: "/agreements/mou", kind: "Memorandum of understanding" }],
      delegations: [{ name: "Jiangsu delegation", path: "/delegations/visit", startOn: "2024-06-19" }],
      events: [{ name: "Water Rhythm", path: "/events/promotion", kind: "Promotion" }],
    });
  });
});

describe("an organisation's profile", () => {
  it("lists the delegations that met it and the events it organised, as page, JSON and JSON-LD", async () => {
    const profile = (await getOrganisationProfile("sk"))!;
    expect(profile.delegations).toEqual([]);
    expect(profile.visits.map((d) => [d.slug, d.meetings.map((m) => m.counterpartTitle)])).toEqual([["visit", ["Chairman"]]]);
    expect(profile.events.map((e) => e.slug)).toEqual(["promotion"]);
    const { data, linkedData } = describeOrganisation(profile);
    expect(data).toMatchObject({
      metOrVisitedBy: [{ path: "/delegations/visit", meetings: [{ title: "Chairman", occurredOn: "2024-06-20" }] }],
      eventsOrganised: [{ path: "/events/promotion" }],
    });
    expect(linkedData).toMatchObject({ "@type": "Organization", name: "SK Group", location: { "@type": "Place", name: "Seoul" } });
  });
});
