import "server-only";
import { prisma } from "@/lib/db";
import { storedProfile } from "@/lib/stored-profiles";
import { eventTag, EVENTS_TAG } from "@/lib/cache-tags";
import { citedSourceTags, findProfileCitations } from "@/lib/profile-citations";
import { agreementLink, delegationLink, linkedTags, organisationLink, placeLink } from "@/lib/profile-links";
import { shownFigures } from "@/lib/figure-profile";

function findEvent(slug: string) {
  return prisma.event.findFirst({
    where: { slug, retiredAt: null },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      startOn: true,
      endOn: true,
      isRecurring: true,
      summary: true,
      version: true,
      places: { orderBy: { sequence: "asc" }, select: { place: placeLink } },
      organisers: { orderBy: { sequence: "asc" }, select: { organisation: organisationLink } },
      delegation: { select: { ...delegationLink.select, retiredAt: true } },
      agreements: {
        where: { retiredAt: null },
        orderBy: [{ signedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        select: { ...agreementLink.select, kind: true, signedOn: true },
      },
      figures: shownFigures,
    },
  });
}

// A forum, promotion or designation as its public page shows it: kind, dates, places,
// organisers, the delegation that attended, what was signed there and the figures given
// about it (attendance, exhibitors), with citations.
async function readEventProfile(slug: string) {
  const found = await findEvent(slug);
  if (!found) {
    return { profile: null, tags: [EVENTS_TAG] };
  }
  // A link to a retired delegation would lead to a 404: it is left out.
  const event = {
    ...found,
    places: found.places.map((row) => row.place),
    organisers: found.organisers.map((row) => row.organisation),
    delegation: found.delegation?.retiredAt ? null : found.delegation,
  };
  const citations = await findProfileCitations([
    { recordType: "EVENT", ids: [event.id] },
    { recordType: "AGREEMENT", ids: event.agreements.map((a) => a.id) },
    { recordType: "FIGURE", ids: event.figures.map((f) => f.id) },
  ]);
  const linked = linkedTags({
    places: event.places,
    organisations: event.organisers,
    delegations: [found.delegation],
    agreements: event.agreements,
  });
  return { profile: { event, citations }, tags: [eventTag(event.id), ...linked, ...citedSourceTags(citations)] };
}

// Cached until an approval revalidates a tag it was read under; a render after Next's cache
// lost it reads the stored copy (lib/stored-profiles.ts).
export async function getEventProfile(slug: string) {
  "use cache";
  return storedProfile(`event:${slug}`, () => readEventProfile(slug));
}

export type EventProfile = NonNullable<Awaited<ReturnType<typeof getEventProfile>>>;
