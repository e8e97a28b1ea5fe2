import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { claimPageTags, placesShowing } from "@/lib/claim-pages";
import { agreementTag, delegationTag, eventTag, organisationTag, personTag, placeTag, tieTag } from "@/lib/cache-tags";
import { orderTiePair } from "@/lib/tie-timeline";

// A citation's approval revalidates claimPageTags() of what it cites: the pages showing it.
const ids: Record<string, string> = {};

beforeAll(async () => {
  for (const slug of ["jiangsu", "gyeonggi", "suwon", "seoul"]) {
    ids[slug] = (await prisma.place.create({ data: { slug, name: slug, country: "KR", level: "CITY" } })).id;
  }
  ids.office = (await prisma.organisation.create({ data: { slug: "office", name: "Office", kind: "GOVERNMENT" } })).id;
  ids.kim = (await prisma.person.create({ data: { slug: "kim", name: "Kim" } })).id;
  ids.aide = (await prisma.person.create({ data: { slug: "aide", name: "Aide" } })).id;
  const delegation = await prisma.delegation.create({
    data: {
      slug: "visit",
      title: "Visit",
      sendingPlaceId: ids.jiangsu,
      stops: { create: [{ placeId: ids.gyeonggi, sequence: 0 }] },
      members: { create: [{ personId: ids.aide }] },
      meetings: { create: [{ personId: ids.kim, placeId: ids.seoul }] },
      siteVisits: { create: [{ name: "A factory" }] },
      gifts: { create: [{ description: "A painting" }] },
    },
    include: { stops: true, members: true, meetings: true, siteVisits: true, gifts: true },
  });
  Object.assign(ids, {
    delegation: delegation.id,
    stop: delegation.stops[0].id,
    member: delegation.members[0].id,
    meeting: delegation.meetings[0].id,
    siteVisit: delegation.siteVisits[0].id,
    gift: delegation.gifts[0].id,
  });
  const agreement = await prisma.agreement.create({
    data: {
      slug: "sisterhood",
      title: "Sisterhood",
      kind: "SISTERHOOD_AGREEMENT",
      venuePlaceId: ids.suwon,
      parties: { create: [{ placeId: ids.jiangsu }, { organisationId: ids.office }] },
      signatories: { create: [{ personId: ids.kim }] },
      fields: { create: [{ name: "tourism" }] },
    },
    include: { parties: true, signatories: true, fields: true },
  });
  Object.assign(ids, {
    agreement: agreement.id,
    officeParty: agreement.parties.find((p) => p.organisationId)!.id,
    signatory: agreement.signatories[0].id,
    field: agreement.fields[0].id,
  });
  ids.event = (
    await prisma.event.create({ data: { slug: "forum", name: "Forum", kind: "FORUM", places: { create: { placeId: ids.seoul } } } })
  ).id;
  const [placeAId, placeBId] = orderTiePair(ids.jiangsu, ids.gyeonggi);
  ids.tie = (await prisma.tie.create({ data: { placeAId, placeBId } })).id;
  ids.figure = (await prisma.figure.create({ data: { label: "Pairs", value: 33, organisationId: ids.office, tieId: ids.tie } })).id;
});

describe("claimPageTags", () => {
  it("refreshes an agreement's page and the places that list it, its venue's included", async () => {
    expect(await placesShowing(prisma, "AGREEMENT", ids.agreement)).toEqual([ids.suwon, ids.jiangsu]);
    expect(await claimPageTags(prisma, "AGREEMENT", ids.agreement)).toEqual([
      placeTag(ids.suwon),
      placeTag(ids.jiangsu),
      agreementTag(ids.agreement),
    ]);
  });

  it("refreshes an agreement's page for its parts, and the profile of the party or signatory", async () => {
    expect(await claimPageTags(prisma, "AGREEMENT_PARTY", ids.officeParty)).toEqual([
      agreementTag(ids.agreement),
      organisationTag(ids.office),
    ]);
    expect(await claimPageTags(prisma, "AGREEMENT_SIGNATORY", ids.signatory)).toEqual([agreementTag(ids.agreement), personTag(ids.kim)]);
    expect(await claimPageTags(prisma, "COOPERATION_FIELD", ids.field)).toEqual([agreementTag(ids.agreement)]);
  });

  it("refreshes a delegation's page, the places it went, and the people its parts name", async () => {
    expect(await claimPageTags(prisma, "DELEGATION", ids.delegation)).toEqual([
      placeTag(ids.jiangsu),
      placeTag(ids.gyeonggi),
      delegationTag(ids.delegation),
    ]);
    expect(await claimPageTags(prisma, "DELEGATION_MEMBER", ids.member)).toEqual([delegationTag(ids.delegation), personTag(ids.aide)]);
    expect(await claimPageTags(prisma, "DELEGATION_MEETING", ids.meeting)).toEqual([delegationTag(ids.delegation), personTag(ids.kim)]);
    for (const [type, id] of [
      ["DELEGATION_STOP", ids.stop],
      ["DELEGATION_SITE_VISIT", ids.siteVisit],
      ["DELEGATION_GIFT", ids.gift],
    ] as const) {
      expect(await claimPageTags(prisma, type, id)).toEqual([delegationTag(ids.delegation)]);
    }
  });

  it("refreshes an event's page and its place's, and a figure's organisation and tie", async () => {
    expect(await claimPageTags(prisma, "EVENT", ids.event)).toEqual([placeTag(ids.seoul), eventTag(ids.event)]);
    expect(await claimPageTags(prisma, "FIGURE", ids.figure)).toEqual([organisationTag(ids.office), tieTag(ids.tie)]);
  });

  it("refreshes nothing for a record that no longer exists", async () => {
    expect(await claimPageTags(prisma, "AGREEMENT_SIGNATORY", "gone")).toEqual([]);
    expect(await claimPageTags(prisma, "DELEGATION_STOP", "gone")).toEqual([]);
  });
});
