import "server-only";
import { prisma } from "@/lib/db";
import { storedProfile, type Found } from "@/lib/stored-profiles";
import { ORGANISATIONS_TAG, organisationTag } from "@/lib/cache-tags";
import { citedSourceTags, findProfileCitations } from "@/lib/profile-citations";
import { shownFigures } from "@/lib/figure-profile";
import { agreementLink, delegationLink, eventLink, linkedTags, organisationLink, personLink, placeLink } from "@/lib/profile-links";

function findOrganisation(slug: string) {
  return prisma.organisation.findFirst({
    where: { slug, retiredAt: null },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      country: true,
      summary: true,
      version: true,
      names: {
        where: { retiredAt: null },
        select: { id: true, text: true, lang: true, kind: true, isPreferred: true },
        orderBy: { kind: "asc" },
      },
      place: placeLink,
      parent: organisationLink,
      children: { where: { retiredAt: null }, orderBy: { name: "asc" }, ...organisationLink },
      figures: shownFigures,
      positions: {
        where: { person: { retiredAt: null } },
        orderBy: { startOn: { sort: "desc", nulls: "last" } },
        select: { id: true, title: true, startOn: true, endOn: true, person: personLink },
      },
    },
  });
}

function findPartiesTo(organisationId: string) {
  return prisma.agreementParty.findMany({
    where: { organisationId, agreement: { retiredAt: null } },
    orderBy: { agreement: { signedOn: "desc" } },
    select: {
      id: true,
      agreement: {
        select: {
          ...agreementLink.select,
          kind: true,
          signedOn: true,
          parties: { select: { id: true, place: placeLink, organisation: organisationLink } },
        },
      },
    },
  });
}

// Delegations the organisation sent, and those that met it or visited it: `meetings` and
// `siteVisits` are only its own.
function findDelegations(organisationId: string) {
  return prisma.delegation.findMany({
    where: {
      retiredAt: null,
      OR: [
        { sendingOrganisationId: organisationId },
        { meetings: { some: { organisationId } } },
        { siteVisits: { some: { organisationId } } },
      ],
    },
    orderBy: { startOn: "desc" },
    select: {
      ...delegationLink.select,
      startOn: true,
      endOn: true,
      leaderTitle: true,
      leader: personLink,
      sendingOrganisationId: true,
      sendingPlace: placeLink,
      itineraryOrdered: true,
      stops: { orderBy: { sequence: "asc" }, select: { place: placeLink } },
      meetings: { where: { organisationId }, select: { id: true, counterpartTitle: true, occurredOn: true, person: personLink } },
      siteVisits: { where: { organisationId }, select: { id: true, name: true, occurredOn: true } },
    },
  });
}

function findEventsOrganised(organisationId: string) {
  return prisma.event
    .findMany({
      where: { retiredAt: null, organisers: { some: { organisationId } } },
      orderBy: { startOn: { sort: "desc", nulls: "last" } },
      select: {
        ...eventLink.select,
        kind: true,
        startOn: true,
        endOn: true,
        places: { orderBy: { sequence: "asc" }, select: { place: placeLink } },
      },
    })
    .then((events) => events.map(({ places, ...event }) => ({ ...event, places: places.map((row) => row.place) })));
}

type Shown = {
  organisation: Found<typeof findOrganisation>;
  parties: Found<typeof findPartiesTo>;
  delegations: Found<typeof findDelegations>;
  visits: Found<typeof findDelegations>;
  events: Found<typeof findEventsOrganised>;
};

function tagsOf({ organisation, parties, delegations, visits, events }: Shown): string[] {
  const otherParties = parties.flatMap((p) => p.agreement.parties);
  const allDelegations = [...delegations, ...visits];
  return linkedTags({
    places: [
      organisation.place,
      ...otherParties.map((p) => p.place),
      ...allDelegations.flatMap((d) => [d.sendingPlace, ...d.stops.map((s) => s.place)]),
      ...events.flatMap((e) => e.places),
    ],
    people: [
      ...organisation.positions.map((p) => p.person),
      ...allDelegations.map((d) => d.leader),
      ...visits.flatMap((d) => d.meetings.map((m) => m.person)),
    ],
    organisations: [organisation.parent, ...organisation.children, ...otherParties.map((p) => p.organisation)],
    agreements: parties.map((p) => p.agreement),
    delegations: allDelegations,
    events,
  });
}

// Everything an organisation's public profile shows, each fact with its citations.
async function readOrganisationProfile(slug: string) {
  const organisation = await findOrganisation(slug);
  if (!organisation) {
    return { profile: null, tags: [ORGANISATIONS_TAG] };
  }
  const [parties, allDelegations, events] = await Promise.all([
    findPartiesTo(organisation.id),
    findDelegations(organisation.id),
    findEventsOrganised(organisation.id),
  ]);
  const delegations = allDelegations.filter((d) => d.sendingOrganisationId === organisation.id);
  const visits = allDelegations.filter((d) => d.meetings.length > 0 || d.siteVisits.length > 0);
  const citations = await findProfileCitations([
    { recordType: "ORGANISATION", ids: [organisation.id] },
    { recordType: "NAME", ids: organisation.names.map((n) => n.id) },
    { recordType: "POSITION", ids: organisation.positions.map((p) => p.id) },
    { recordType: "FIGURE", ids: organisation.figures.map((f) => f.id) },
    { recordType: "AGREEMENT", ids: parties.map((p) => p.agreement.id) },
    { recordType: "AGREEMENT_PARTY", ids: parties.map((p) => p.id) },
    { recordType: "DELEGATION", ids: allDelegations.map((d) => d.id) },
    { recordType: "DELEGATION_MEETING", ids: visits.flatMap((d) => d.meetings.map((m) => m.id)) },
    { recordType: "DELEGATION_SITE_VISIT", ids: visits.flatMap((d) => d.siteVisits.map((v) => v.id)) },
    { recordType: "EVENT", ids: events.map((e) => e.id) },
  ]);
  const profile = { organisation, parties, delegations, visits, events };
  return {
    profile: { ...profile, citations },
    tags: [organisationTag(organisation.id), ...tagsOf(profile), ...citedSourceTags(citations)],
  };
}

// Cached until an approval revalidates a tag it was read under; a render after Next's cache
// lost it reads the stored copy (lib/stored-profiles.ts).
export async function getOrganisationProfile(slug: string) {
  "use cache";
  return storedProfile(`organisation:${slug}`, () => readOrganisationProfile(slug));
}

export type OrganisationProfile = NonNullable<Awaited<ReturnType<typeof getOrganisationProfile>>>;
