import "server-only";
import { cacheTag } from "next/cache";
import { prisma } from "@/lib/db";
import { eventTag, EVENTS_TAG, tagCacheWith } from "@/lib/cache-tags";
import { citedSourceTags, findProfileCitations } from "@/lib/profile-citations";
import { agreementLink, delegationLink, linkedTags, organisationLink, placeLink } from "@/lib/profile-links";

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
      place: placeLink,
      organiser: organisationLink,
      delegation: { select: { ...delegationLink.select, retiredAt: true } },
      agreements: {
        where: { retiredAt: null },
        orderBy: [{ signedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        select: { ...agreementLink.select, kind: true, signedOn: true },
      },
    },
  });
}

// A forum, promotion or designation as its public page shows it: kind, dates, place,
// organiser, the delegation that attended and what was signed there, with citations.
export async function getEventProfile(slug: string) {
  "use cache";
  const found = await findEvent(slug);
  if (!found) {
    cacheTag(EVENTS_TAG);
    return null;
  }
  // A link to a retired delegation would lead to a 404: it is left out.
  const event = { ...found, delegation: found.delegation?.retiredAt ? null : found.delegation };
  const citations = await findProfileCitations([
    { recordType: "EVENT", ids: [event.id] },
    { recordType: "AGREEMENT", ids: event.agreements.map((a) => a.id) },
  ]);
  const linked = linkedTags({
    places: [event.place],
    organisations: [event.organiser],
    delegations: [found.delegation],
    agreements: event.agreements,
  });
  tagCacheWith([eventTag(event.id), ...linked, ...citedSourceTags(citations)]);
  return { event, citations };
}

export type EventProfile = NonNullable<Awaited<ReturnType<typeof getEventProfile>>>;
