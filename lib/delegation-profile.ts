import "server-only";
import { prisma } from "@/lib/db";
import { storedProfile } from "@/lib/stored-profiles";
import { delegationTag, DELEGATIONS_TAG } from "@/lib/cache-tags";
import { citedSourceTags, findProfileCitations } from "@/lib/profile-citations";
import { agreementLink, eventLink, linkedTags, organisationLink, personLink, placeLink } from "@/lib/profile-links";
import { shownFigures } from "@/lib/figure-profile";

// Parts with no order of their own are listed as they were entered.
const entered = { id: "asc" } as const;
const byDate = [{ occurredOn: { sort: "asc", nulls: "last" } }, entered] as const;

function findDelegation(slug: string) {
  return prisma.delegation.findFirst({
    where: { slug, retiredAt: null },
    select: {
      id: true,
      slug: true,
      title: true,
      leaderTitle: true,
      startOn: true,
      endOn: true,
      purpose: true,
      itineraryOrdered: true,
      otherPlacesNote: true,
      version: true,
      leader: personLink,
      leaderPosition: { select: { title: true } },
      sendingPlace: placeLink,
      sendingOrganisation: organisationLink,
      stops: { orderBy: [{ sequence: "asc" }, entered], select: { id: true, startOn: true, endOn: true, place: placeLink } },
      meetings: {
        orderBy: [...byDate],
        select: {
          id: true,
          counterpartTitle: true,
          occurredOn: true,
          summary: true,
          person: personLink,
          organisation: organisationLink,
          place: placeLink,
        },
      },
      members: { orderBy: entered, select: { id: true, title: true, person: personLink } },
      siteVisits: {
        orderBy: [...byDate],
        select: { id: true, name: true, occurredOn: true, organisation: organisationLink, place: placeLink },
      },
      gifts: {
        orderBy: [...byDate],
        select: {
          id: true,
          description: true,
          occurredOn: true,
          fromPlace: placeLink,
          fromOrganisation: organisationLink,
          toPlace: placeLink,
          toOrganisation: organisationLink,
        },
      },
      agreements: {
        where: { retiredAt: null },
        orderBy: [{ signedOn: { sort: "asc", nulls: "last" } }, entered],
        select: { ...agreementLink.select, kind: true, signedOn: true },
      },
      events: {
        where: { retiredAt: null },
        orderBy: [{ startOn: { sort: "asc", nulls: "last" } }, entered],
        select: { ...eventLink.select, kind: true, startOn: true, endOn: true },
      },
      figures: shownFigures,
    },
  });
}

type Delegation = NonNullable<Awaited<ReturnType<typeof findDelegation>>>;

function tagsOf(delegation: Delegation) {
  const { stops, meetings, members, siteVisits, gifts } = delegation;
  return linkedTags({
    places: [
      delegation.sendingPlace,
      ...stops.map((s) => s.place),
      ...meetings.map((m) => m.place),
      ...siteVisits.map((v) => v.place),
      ...gifts.flatMap((g) => [g.fromPlace, g.toPlace]),
    ],
    people: [delegation.leader, ...members.map((m) => m.person), ...meetings.map((m) => m.person)],
    organisations: [
      delegation.sendingOrganisation,
      ...meetings.map((m) => m.organisation),
      ...siteVisits.map((v) => v.organisation),
      ...gifts.flatMap((g) => [g.fromOrganisation, g.toOrganisation]),
    ],
    agreements: delegation.agreements,
    events: delegation.events,
  });
}

// A delegation's visit as its public page shows it: leader, dates, itinerary (in order when
// the sources give one), meetings, members, what it saw, gave and signed, each fact with
// its citations.
async function readDelegationProfile(slug: string) {
  const delegation = await findDelegation(slug);
  if (!delegation) {
    return { profile: null, tags: [DELEGATIONS_TAG] };
  }
  const citations = await findProfileCitations([
    { recordType: "DELEGATION", ids: [delegation.id] },
    { recordType: "DELEGATION_STOP", ids: delegation.stops.map((s) => s.id) },
    { recordType: "DELEGATION_MEETING", ids: delegation.meetings.map((m) => m.id) },
    { recordType: "DELEGATION_MEMBER", ids: delegation.members.map((m) => m.id) },
    { recordType: "DELEGATION_SITE_VISIT", ids: delegation.siteVisits.map((v) => v.id) },
    { recordType: "DELEGATION_GIFT", ids: delegation.gifts.map((g) => g.id) },
    { recordType: "AGREEMENT", ids: delegation.agreements.map((a) => a.id) },
    { recordType: "EVENT", ids: delegation.events.map((e) => e.id) },
    { recordType: "FIGURE", ids: delegation.figures.map((f) => f.id) },
  ]);
  return { profile: { delegation, citations }, tags: [delegationTag(delegation.id), ...tagsOf(delegation), ...citedSourceTags(citations)] };
}

// Cached until an approval revalidates a tag it was read under; a render after Next's cache
// lost it reads the stored copy (lib/stored-profiles.ts).
export async function getDelegationProfile(slug: string) {
  "use cache";
  return storedProfile(`delegation:${slug}`, () => readDelegationProfile(slug));
}

export type DelegationProfile = NonNullable<Awaited<ReturnType<typeof getDelegationProfile>>>;
