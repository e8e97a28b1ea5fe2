import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { getPlaceProfile } from "@/lib/place-profile";
import { describePlace } from "@/lib/place-json";
import { getEventProfile } from "@/lib/event-profile";
import { describeEvent } from "@/lib/event-json";
import { getDelegationProfile } from "@/lib/delegation-profile";
import { describeDelegation } from "@/lib/delegation-json";
import { getOrganisationProfile } from "@/lib/organisation-profile";
import { describeOrganisation } from "@/lib/organisation-json";
import { getTieProfile } from "@/lib/tie-profile";
import { describeTie } from "@/lib/tie-json";
import { claimPageTags } from "@/lib/claim-pages";
import { eventTag, placeTag } from "@/lib/cache-tags";

// Outside Next.js there is no cache scope for cacheTag().
vi.mock("next/cache", () => ({ cacheTag: vi.fn() }));

const ids: Record<string, string> = {};

beforeAll(async () => {
  ids.suzhou = (await prisma.place.create({ data: { slug: "suzhou", name: "Suzhou", country: "CN", level: "CITY" } })).id;
  ids.forum = (await prisma.event.create({ data: { slug: "trade-forum", name: "Trade forum", kind: "FORUM" } })).id;
  const source = await prisma.source.create({ data: { title: "News", snapshot: "more than 6,500 Korean enterprises", snapshotHash: "h" } });
  const enterprises = await prisma.figure.create({
    data: { label: "Korean enterprises", value: 6500, qualifier: "MORE_THAN", asOf: "2024-06", placeId: ids.suzhou },
  });
  ids.enterprises = enterprises.id;
  await prisma.citation.create({
    data: {
      recordType: "FIGURE",
      recordId: enterprises.id,
      field: "value",
      sourceId: source.id,
      quote: "more than 6,500",
      assertedValue: "6500",
    },
  });
  await prisma.figure.create({ data: { label: "Retired count", value: 1, placeId: ids.suzhou, retiredAt: new Date() } });
  ids.visitors = (await prisma.figure.create({ data: { label: "Visitors", value: 200, qualifier: "ABOUT", eventId: ids.forum } })).id;
  const visit = await prisma.delegation.create({ data: { slug: "jiangsu-visit", title: "Jiangsu delegation" } });
  await prisma.figure.create({ data: { label: "Members", value: 30, qualifier: "AT_LEAST", delegationId: visit.id } });
  const association = await prisma.organisation.create({
    data: { slug: "friendship-association", name: "Friendship association", kind: "ASSOCIATION" },
  });
  await prisma.figure.create({ data: { label: "Members", value: 120, organisationId: association.id } });
  const tie = await prisma.tie.create({
    data: {
      placeA: { connect: { id: ids.suzhou } },
      placeB: { create: { slug: "gwangju", name: "Gwangju", country: "KR", level: "CITY" } },
      kind: "FRIENDSHIP",
      status: "ACTIVE",
    },
  });
  await prisma.figure.create({ data: { label: "Students exchanged", value: 40, asOf: "2023", tieId: tie.id } });
});

describe("figures on public profiles", () => {
  it("shows a place's published figures with their citations, on the page and in its JSON", async () => {
    const profile = (await getPlaceProfile("suzhou"))!;
    expect(profile.place.figures.map((f) => f.label)).toEqual(["Korean enterprises"]);
    expect(profile.citations.map((c) => [c.recordType, c.field])).toContainEqual(["FIGURE", "value"]);
    const { data, linkedData } = describePlace(profile);
    expect(data).toMatchObject({
      figures: [
        {
          label: "Korean enterprises",
          value: 6500,
          qualifier: "more than",
          asOf: "2024-06",
          citations: [expect.objectContaining({ field: "value", statedValue: "6500" })],
        },
      ],
    });
    expect(linkedData.additionalProperty).toEqual([expect.objectContaining({ name: "Korean enterprises", minValue: 6500 })]);
  });

  it("shows an event's figures in its JSON", async () => {
    const { data } = describeEvent((await getEventProfile("trade-forum"))!);
    expect(data).toMatchObject({ figures: [{ label: "Visitors", value: 200, qualifier: "about" }] });
  });

  it("shows a delegation's figures in its JSON", async () => {
    const { data } = describeDelegation((await getDelegationProfile("jiangsu-visit"))!);
    expect(data).toMatchObject({ figures: [{ label: "Members", value: 30, qualifier: "at least" }] });
  });

  it("shows an organisation's figures in its JSON and as schema.org values", async () => {
    const { data, linkedData } = describeOrganisation((await getOrganisationProfile("friendship-association"))!);
    expect(data).toMatchObject({ figures: [{ label: "Members", value: 120, qualifier: "exactly" }] });
    expect(linkedData.additionalProperty).toEqual([expect.objectContaining({ name: "Members", value: 120 })]);
  });

  it("shows a tie's figures in its JSON and as schema.org values", async () => {
    const { data, linkedData } = describeTie((await getTieProfile("suzhou--gwangju"))!);
    expect(data).toMatchObject({ figures: [{ label: "Students exchanged", value: 40, asOf: "2023" }] });
    expect(linkedData.additionalProperty).toEqual([expect.objectContaining({ name: "Students exchanged", value: 40 })]);
  });

  it("refreshes the page of what a figure is about when one of its citations is approved", async () => {
    expect(await claimPageTags(prisma, "FIGURE", ids.enterprises)).toEqual([placeTag(ids.suzhou)]);
    expect(await claimPageTags(prisma, "FIGURE", ids.visitors)).toEqual([eventTag(ids.forum)]);
  });
});
