import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cacheTag } from "next/cache";
import { prisma } from "@/lib/db";
import { recordRevalidatedTags } from "@/lib/revalidated-tags";
import { getAgreementProfile } from "@/lib/agreement-profile";
import { describeAgreement } from "@/lib/agreement-json";
import { getEventProfile } from "@/lib/event-profile";
import { describeEvent } from "@/lib/event-json";
import { orderTiePair } from "@/lib/tie-timeline";
import { agreementTag, AGREEMENTS_TAG, delegationTag, eventTag, organisationTag, personTag, placeTag, tieTag } from "@/lib/cache-tags";

// Outside Next.js there is no cache scope for cacheTag(); the tags a read sets are what
// approvals must revalidate, so they are recorded instead.
vi.mock("next/cache", () => ({ cacheTag: vi.fn() }));
const tagsSet = () => vi.mocked(cacheTag).mock.calls.flat();

const ids: Record<string, string> = {};

beforeAll(async () => {
  for (const slug of ["gyeonggi", "jiangsu", "seoul"]) {
    ids[slug] = (await prisma.place.create({ data: { slug, name: slug, country: "KR", level: "PROVINCE" } })).id;
  }
  ids.office = (await prisma.organisation.create({ data: { slug: "office", name: "Foreign Affairs Office", kind: "GOVERNMENT" } })).id;
  ids.kim = (await prisma.person.create({ data: { slug: "kim", name: "Kim Dong-yeon" } })).id;
  ids.xin = (await prisma.person.create({ data: { slug: "xin", name: "Xin Changxing" } })).id;
  ids.lee = (await prisma.person.create({ data: { slug: "lee", name: "Lee Jae-won" } })).id;
  ids.visit = (await prisma.delegation.create({ data: { slug: "visit", title: "Jiangsu delegation" } })).id;
  const forum = await prisma.event.create({
    data: {
      slug: "forum",
      name: "Trade forum",
      kind: "FORUM",
      startOn: "2024-06",
      places: { create: { placeId: ids.seoul } },
      organisers: { create: { organisationId: ids.office } },
    },
  });
  ids.forum = forum.id;
  const agreement = await prisma.agreement.create({
    data: {
      slug: "sisterhood",
      title: "Sisterhood Agreement",
      kind: "SISTERHOOD_AGREEMENT",
      signedOn: "2024",
      venue: "Dodamso",
      venuePlaceId: ids.gyeonggi,
      delegationId: ids.visit,
      eventId: forum.id,
      parties: { create: [{ placeId: ids.gyeonggi }, { placeId: ids.jiangsu }, { organisationId: ids.office }] },
      signatories: {
        create: [
          { personId: ids.kim, title: "Governor of Gyeonggi Province" },
          { personId: ids.xin, title: "Party Secretary of Jiangsu" },
          { personId: ids.lee, title: "Consul General", role: "WITNESS" },
        ],
      },
      fields: { create: [{ name: "semiconductors" }, { name: "tourism" }] },
    },
  });
  ids.agreement = agreement.id;
  const [placeAId, placeBId] = orderTiePair(ids.gyeonggi, ids.jiangsu);
  const tie = await prisma.tie.create({
    data: { placeAId, placeBId, events: { create: [{ type: "UPGRADE", kind: "SISTER", occurredOn: "2024", agreementId: agreement.id }] } },
  });
  ids.tie = tie.id;
  const source = await prisma.source.create({ data: { title: "News", snapshot: "On May 19 ... June 19", snapshotHash: "h" } });
  for (const [quote, assertedValue] of [
    ["On May 19", "2024-05-19"],
    ["June 19", "2024-06-19"],
  ]) {
    await prisma.citation.create({
      data: { recordType: "AGREEMENT", recordId: agreement.id, field: "signedOn", sourceId: source.id, quote, assertedValue },
    });
  }
});

beforeEach(() => vi.mocked(cacheTag).mockClear());

describe("getAgreementProfile", () => {
  it("gives the parties, signatories with their titles as given and fields in the order entered", async () => {
    const { agreement } = (await getAgreementProfile("sisterhood"))!;
    expect(agreement.parties.map((p) => p.place?.slug ?? p.organisation?.slug)).toEqual(["gyeonggi", "jiangsu", "office"]);
    expect(agreement.signatories.map((s) => [s.person.slug, s.title])).toEqual([
      ["kim", "Governor of Gyeonggi Province"],
      ["xin", "Party Secretary of Jiangsu"],
    ]);
    expect(agreement.witnesses.map((s) => [s.person.slug, s.title])).toEqual([["lee", "Consul General"]]);
    expect(agreement.fields.map((f) => f.name)).toEqual(["semiconductors", "tourism"]);
    expect(agreement.tieEvents.map((e) => [e.type, e.tie.id])).toEqual([["UPGRADE", ids.tie]]);
  });

  it("is tagged with itself and every record it links to", async () => {
    await getAgreementProfile("sisterhood");
    const tags = new Set(tagsSet());
    for (const tag of [
      agreementTag(ids.agreement),
      placeTag(ids.gyeonggi),
      placeTag(ids.jiangsu),
      organisationTag(ids.office),
      personTag(ids.kim),
      personTag(ids.xin),
      delegationTag(ids.visit),
      eventTag(ids.forum),
      tieTag(ids.tie),
    ]) {
      expect(tags).toContain(tag);
    }
  });

  it("leaves out a retired delegation rather than link to a missing page", async () => {
    // As an approval would, the retirement revalidates the delegation's pages.
    await prisma.delegation.update({ where: { id: ids.visit }, data: { retiredAt: new Date() } });
    await recordRevalidatedTags(prisma, [delegationTag(ids.visit)]);
    try {
      expect((await getAgreementProfile("sisterhood"))!.agreement.delegation).toBeNull();
    } finally {
      await prisma.delegation.update({ where: { id: ids.visit }, data: { retiredAt: null } });
      await recordRevalidatedTags(prisma, [delegationTag(ids.visit)]);
    }
  });

  it("finds nothing at an unknown address, tagged so that a new agreement there refreshes it", async () => {
    expect(await getAgreementProfile("nothing")).toBeNull();
    expect(tagsSet()).toEqual([AGREEMENTS_TAG]);
  });
});

describe("describeAgreement", () => {
  it("names the kind by its label, and keeps the stored date while its sources disagree, with both citations", async () => {
    const { data } = describeAgreement((await getAgreementProfile("sisterhood"))!);
    expect(data).toMatchObject({ kind: "Sisterhood agreement", signedOn: "2024", venue: "Dodamso" });
    const json = data as { citations: { statedValue: string }[]; signedDuring: object; tieEvents: object[] };
    expect(json.citations.map((c) => c.statedValue)).toEqual(["2024-05-19", "2024-06-19"]);
    expect(json.signedDuring).toEqual({
      delegation: { name: "Jiangsu delegation", path: "/delegations/visit" },
      event: { name: "Trade forum", path: "/events/forum" },
    });
    expect(json.tieEvents).toEqual([expect.objectContaining({ tie: { name: "gyeonggi – jiangsu", path: "/ties/gyeonggi--jiangsu" } })]);
  });

  it("describes the agreement as a schema.org CreativeWork signed by people, witnessed by others, about its parties", async () => {
    const { linkedData } = describeAgreement((await getAgreementProfile("sisterhood"))!);
    expect(linkedData).toMatchObject({
      "@type": "CreativeWork",
      name: "Sisterhood Agreement",
      dateCreated: "2024",
      genre: "Sisterhood agreement",
    });
    expect(linkedData.author).toEqual([
      expect.objectContaining({ "@type": "Person", name: "Kim Dong-yeon", jobTitle: "Governor of Gyeonggi Province" }),
      expect.objectContaining({ "@type": "Person", name: "Xin Changxing", jobTitle: "Party Secretary of Jiangsu" }),
    ]);
    expect(linkedData.contributor).toEqual([
      expect.objectContaining({ "@type": "Person", name: "Lee Jae-won", jobTitle: "Consul General" }),
    ]);
    expect(linkedData.about).toEqual([
      expect.objectContaining({ "@type": "Place", name: "gyeonggi" }),
      expect.objectContaining({ "@type": "Place", name: "jiangsu" }),
      expect.objectContaining({ "@type": "Organization", name: "Foreign Affairs Office" }),
    ]);
    expect(linkedData.recordedAt).toMatchObject({ "@type": "Event", url: "/delegations/visit" });
    expect(linkedData.keywords).toEqual(["semiconductors", "tourism"]);
  });
});

describe("an event's profile", () => {
  it("gives its kind, dates, places, organisers and the agreements signed at it, as page, JSON and JSON-LD", async () => {
    const profile = (await getEventProfile("forum"))!;
    expect(profile.event).toMatchObject({ places: [{ slug: "seoul" }], organisers: [{ slug: "office" }] });
    const { data, linkedData } = describeEvent(profile);
    expect(data).toMatchObject({ kind: "Forum", startOn: "2024-06", agreements: [{ name: "Sisterhood Agreement", signedOn: "2024" }] });
    expect(linkedData).toMatchObject({
      "@type": "Event",
      startDate: "2024-06",
      location: [{ "@type": "Place", name: "seoul" }],
      organizer: [{ "@type": "Organization", name: "Foreign Affairs Office" }],
    });
  });
});
