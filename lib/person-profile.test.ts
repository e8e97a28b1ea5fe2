import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cacheTag } from "next/cache";
import { prisma } from "@/lib/db";
import { getPersonProfile } from "@/lib/person-profile";
import { agreementTag, delegationTag, organisationTag, PEOPLE_TAG, personTag, placeTag, sourceTag } from "@/lib/cache-tags";

// Outside Next.js there is no cache scope for cacheTag(); the tags a read sets are what
// approvals must revalidate, so they are recorded instead.
vi.mock("next/cache", () => ({ cacheTag: vi.fn() }));
const tagsSet = () => vi.mocked(cacheTag).mock.calls.flat();

const ids: Record<string, string> = {};

beforeAll(async () => {
  const place = async (slug: string) =>
    (ids[slug] = (await prisma.place.create({ data: { slug, name: slug, country: "CN", level: "PROVINCE" } })).id);
  await Promise.all(["jiangsu", "gyeonggi", "seoul", "nara"].map(place));
  ids.committee = (await prisma.organisation.create({ data: { slug: "committee", name: "Committee", kind: "PARTY_COMMITTEE" } })).id;
  const xin = await prisma.person.create({
    data: {
      slug: "xin",
      name: "Xin Changxing",
      names: { create: [{ text: "信长星", normalized: "信长星", lang: "zh-Hans", kind: "NATIVE", isPreferred: true }] },
      positions: {
        create: [
          { title: "Party Secretary", placeId: ids.jiangsu, organisationId: ids.committee, startOn: "2023-01" },
          { title: "Earlier post" },
        ],
      },
    },
    include: { names: true, positions: true },
  });
  ids.xin = xin.id;
  ids.kim = (await prisma.person.create({ data: { slug: "kim", name: "Kim Dong-yeon" } })).id;
  const delegation = (slug: string, data: object) =>
    prisma.delegation.create({ data: { slug, title: slug, sendingPlaceId: ids.jiangsu, ...data } });
  ids.led = (
    await delegation("led", { leaderId: ids.xin, startOn: "2024-06", stops: { create: [{ placeId: ids.gyeonggi, sequence: 0 }] } })
  ).id;
  ids.joined = (
    await delegation("joined", { leaderId: ids.kim, startOn: "2023", members: { create: [{ personId: ids.xin, title: "Deputy" }] } })
  ).id;
  await delegation("retired", { leaderId: ids.xin, retiredAt: new Date() });
  const visit = await delegation("visit", {
    leaderId: ids.kim,
    meetings: { create: [{ personId: ids.xin, placeId: ids.seoul, occurredOn: "2024" }] },
  });
  ids.visit = visit.id;
  const agreement = await prisma.agreement.create({
    data: {
      slug: "sisterhood",
      title: "Sisterhood Agreement",
      kind: "SISTERHOOD_AGREEMENT",
      delegationId: visit.id,
      parties: { create: [{ placeId: ids.nara }] },
      signatories: { create: [{ personId: ids.xin, title: "Party Secretary of Jiangsu" }] },
    },
  });
  ids.agreement = agreement.id;
  const source = await prisma.source.create({ data: { title: "S", snapshot: "Xin Changxing (信长星)", snapshotHash: "h" } });
  ids.source = source.id;
  await prisma.citation.create({
    data: { recordType: "NAME", recordId: xin.names[0].id, field: "exists", sourceId: source.id, quote: "信长星" },
  });
  await prisma.citation.create({
    data: { recordType: "POSITION", recordId: xin.positions[0].id, field: "exists", sourceId: source.id, quote: "Xin Changxing" },
  });
});

beforeEach(() => vi.mocked(cacheTag).mockClear());

describe("getPersonProfile", () => {
  it("lists positions in time order, undated last, with their place and organisation", async () => {
    const profile = await getPersonProfile("xin");
    expect(profile?.person.positions.map((p) => p.title)).toEqual(["Party Secretary", "Earlier post"]);
    expect(profile?.person.positions[0]).toMatchObject({ place: { slug: "jiangsu" }, organisation: { slug: "committee" } });
  });

  it("lists the published delegations the person led or joined, their agreements and meetings", async () => {
    const profile = await getPersonProfile("xin");
    expect(profile?.delegations.map((d) => [d.title, d.leaderId === ids.xin, d.members.map((m) => m.title)])).toEqual([
      ["led", true, []],
      ["joined", false, ["Deputy"]],
    ]);
    expect(profile?.signatures.map((s) => [s.agreement.title, s.title])).toEqual([["Sisterhood Agreement", "Party Secretary of Jiangsu"]]);
    expect(profile?.meetings.map((m) => [m.delegation.title, m.place?.slug])).toEqual([["visit", "seoul"]]);
  });

  it("brings the citations of the person's names and positions", async () => {
    const profile = await getPersonProfile("xin");
    expect(profile?.citations.map((c) => c.recordType).sort()).toEqual(["NAME", "POSITION"]);
  });

  it("is tagged with the person, every record it links to, and its sources", async () => {
    await getPersonProfile("xin");
    expect(new Set(tagsSet())).toEqual(
      new Set([
        personTag(ids.xin),
        sourceTag(ids.source),
        organisationTag(ids.committee),
        ...["jiangsu", "gyeonggi", "seoul", "nara"].map((slug) => placeTag(ids[slug])),
        ...[ids.led, ids.joined, ids.visit].map(delegationTag),
        agreementTag(ids.agreement),
      ]),
    );
  });

  it("finds nobody at an unknown address, tagged so that a new person there refreshes it", async () => {
    expect(await getPersonProfile("nobody")).toBeNull();
    expect(tagsSet()).toEqual([PEOPLE_TAG]);
  });
});
