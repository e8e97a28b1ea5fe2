import "server-only";
import { cacheTag } from "next/cache";
import { prisma } from "@/lib/db";
import { placeSlugTag, placeTag } from "@/lib/cache-tags";
import { storedProfile } from "@/lib/stored-profiles";
import { citedSourceTags, findProfileCitations } from "@/lib/profile-citations";
import { agreementLink, delegationLink, eventLink, linkedTags, organisationLink, personLink, placeLink } from "@/lib/profile-links";
import { shownFigures } from "@/lib/figure-profile";

const partnerSelect = {
  id: true,
  slug: true,
  name: true,
  country: true,
  names: { where: { kind: "NATIVE", isPreferred: true, retiredAt: null }, select: { text: true, lang: true } },
} as const;

function findPlace(slug: string) {
  return prisma.place.findFirst({
    where: { slug, retiredAt: null },
    select: {
      id: true,
      slug: true,
      name: true,
      country: true,
      level: true,
      latitude: true,
      longitude: true,
      summary: true,
      version: true,
      updatedAt: true,
      names: {
        where: { retiredAt: null },
        select: { id: true, text: true, lang: true, kind: true, isPreferred: true },
        orderBy: { kind: "asc" },
      },
      parent: { select: { ...partnerSelect, level: true } },
      children: { where: { retiredAt: null }, select: partnerSelect, orderBy: { name: "asc" } },
      figures: shownFigures,
    },
  });
}

function findTies(placeId: string) {
  return prisma.tie.findMany({
    where: {
      retiredAt: null,
      placeA: { retiredAt: null },
      placeB: { retiredAt: null },
      OR: [{ placeAId: placeId }, { placeBId: placeId }],
    },
    orderBy: { establishedOn: "asc" },
    select: {
      id: true,
      kind: true,
      status: true,
      establishedOn: true,
      placeA: { select: partnerSelect },
      placeB: { select: partnerSelect },
      events: {
        orderBy: { occurredOn: "asc" },
        select: {
          id: true,
          type: true,
          kind: true,
          term: true,
          occurredOn: true,
          note: true,
          agreement: agreementLink,
        },
      },
    },
  });
}

function findDelegations(placeId: string) {
  return prisma.delegation.findMany({
    where: { retiredAt: null, OR: [{ sendingPlaceId: placeId }, { stops: { some: { placeId } } }] },
    orderBy: { startOn: "desc" },
    select: {
      ...delegationLink.select,
      startOn: true,
      endOn: true,
      leaderTitle: true,
      leader: personLink,
      sendingPlace: placeLink,
      itineraryOrdered: true,
      stops: { orderBy: { sequence: "asc" }, select: { place: placeLink } },
    },
  });
}

function findAgreements(placeId: string) {
  return prisma.agreement.findMany({
    where: { retiredAt: null, OR: [{ parties: { some: { placeId } } }, { venuePlaceId: placeId }] },
    orderBy: { signedOn: "desc" },
    select: {
      ...agreementLink.select,
      kind: true,
      signedOn: true,
      parties: { orderBy: { id: "asc" }, select: { id: true, place: placeLink, organisation: organisationLink } },
    },
  });
}

function findEvents(placeId: string) {
  return prisma.event
    .findMany({
      where: { retiredAt: null, places: { some: { placeId } } },
      orderBy: { startOn: { sort: "desc", nulls: "last" } },
      select: {
        ...eventLink.select,
        kind: true,
        startOn: true,
        endOn: true,
        organisers: { orderBy: { sequence: "asc" }, select: { organisation: organisationLink } },
      },
    })
    .then((events) => events.map(({ organisers, ...event }) => ({ ...event, organisers: organisers.map((row) => row.organisation) })));
}

// Everything the public profile of a place shows, each fact with its citations, in six
// queries whatever the number of ties, with the tags of every record it shows.
async function readPlaceProfile(slug: string) {
  const place = await findPlace(slug);
  if (!place) return { profile: null, tags: [placeSlugTag(slug)] };
  const [ties, delegations, agreements, events] = await Promise.all([
    findTies(place.id),
    findDelegations(place.id),
    findAgreements(place.id),
    findEvents(place.id),
  ]);
  const citations = await findProfileCitations([
    { recordType: "PLACE", ids: [place.id] },
    { recordType: "NAME", ids: place.names.map((n) => n.id) },
    { recordType: "FIGURE", ids: place.figures.map((f) => f.id) },
    { recordType: "TIE", ids: ties.map((t) => t.id) },
    { recordType: "TIE_EVENT", ids: ties.flatMap((t) => t.events.map((e) => e.id)) },
    { recordType: "DELEGATION", ids: delegations.map((d) => d.id) },
    { recordType: "AGREEMENT", ids: agreements.map((a) => a.id) },
    { recordType: "EVENT", ids: events.map((e) => e.id) },
  ]);
  const tiesWithPartner = ties.map(({ placeA, placeB, ...tie }) => ({
    ...tie,
    partner: placeA.id === place.id ? placeB : placeA,
  }));
  // The page shows its neighbours' names too, so renaming one of them refreshes it.
  const neighbours = [place.parent, ...place.children, ...tiesWithPartner.map((t) => t.partner)];
  const linked = linkedTags({
    places: [
      ...delegations.flatMap((d) => [d.sendingPlace, ...d.stops.map((s) => s.place)]),
      ...agreements.flatMap((a) => a.parties.map((p) => p.place)),
    ],
    people: delegations.map((d) => d.leader),
    organisations: [...agreements.flatMap((a) => a.parties.map((p) => p.organisation)), ...events.flatMap((e) => e.organisers)],
    agreements: [...agreements, ...ties.flatMap((t) => t.events.map((e) => e.agreement))],
    delegations,
    events,
    ties,
  });
  const tags = [
    placeSlugTag(slug),
    placeTag(place.id),
    ...citedSourceTags(citations),
    ...neighbours.flatMap((n) => (n ? [placeTag(n.id)] : [])),
    ...linked,
  ];
  return { profile: { place, ties: tiesWithPartner, delegations, agreements, events, citations }, tags };
}

// Cached until an approval touching the place or anything it shows revalidates a tag; a
// render after Next's cache lost it reads the stored copy (lib/stored-profiles.ts).
export async function getPlaceProfile(slug: string) {
  "use cache";
  return storedProfile(`place:${slug}`, () => readPlaceProfile(slug));
}

export type PlaceProfile = NonNullable<Awaited<ReturnType<typeof getPlaceProfile>>>;

// Where a merged place's address now leads.
export async function findMergedPlaceSlug(slug: string): Promise<string | null> {
  "use cache";
  cacheTag(placeSlugTag(slug));
  const merged = await prisma.place.findFirst({ where: { slug, mergedIntoId: { not: null } }, select: { mergedIntoId: true } });
  if (!merged?.mergedIntoId) return null;
  const target = await prisma.place.findFirst({ where: { id: merged.mergedIntoId, retiredAt: null }, select: { slug: true } });
  return target?.slug ?? null;
}
