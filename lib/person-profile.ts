import "server-only";
import { prisma } from "@/lib/db";
import { storedProfile, type Found } from "@/lib/stored-profiles";
import { PEOPLE_TAG, personTag } from "@/lib/cache-tags";
import { citedSourceTags, findProfileCitations } from "@/lib/profile-citations";
import { agreementLink, delegationLink, eventLink, linkedTags, organisationLink, placeLink } from "@/lib/profile-links";

function findPerson(slug: string) {
  return prisma.person.findFirst({
    where: { slug, retiredAt: null },
    select: {
      id: true,
      slug: true,
      name: true,
      summary: true,
      version: true,
      names: {
        where: { retiredAt: null },
        select: { id: true, text: true, lang: true, kind: true, isPreferred: true },
        orderBy: { kind: "asc" },
      },
      positions: {
        orderBy: { startOn: { sort: "asc", nulls: "last" } },
        select: { id: true, title: true, startOn: true, endOn: true, place: placeLink, organisation: organisationLink },
      },
    },
  });
}

// Delegations the person led or joined, and the events they attended; `members` is their
// own membership, if any.
function findDelegations(personId: string) {
  return prisma.delegation.findMany({
    where: { retiredAt: null, OR: [{ leaderId: personId }, { members: { some: { personId } } }] },
    orderBy: { startOn: "desc" },
    select: {
      ...delegationLink.select,
      startOn: true,
      endOn: true,
      leaderId: true,
      leaderTitle: true,
      sendingPlace: placeLink,
      sendingOrganisation: organisationLink,
      itineraryOrdered: true,
      stops: { orderBy: { sequence: "asc" }, select: { place: placeLink } },
      members: { where: { personId }, select: { id: true, title: true } },
      events: {
        where: { retiredAt: null },
        orderBy: { startOn: { sort: "asc", nulls: "last" } },
        select: { ...eventLink.select, kind: true },
      },
    },
  });
}

function findSignatures(personId: string) {
  return prisma.agreementSignatory.findMany({
    where: { personId, agreement: { retiredAt: null } },
    orderBy: { agreement: { signedOn: "desc" } },
    select: {
      id: true,
      title: true,
      role: true,
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

// Meetings in which the person was the counterpart a delegation met.
function findMeetings(personId: string) {
  return prisma.delegationMeeting.findMany({
    where: { personId, delegation: { retiredAt: null } },
    orderBy: { occurredOn: "desc" },
    select: {
      id: true,
      counterpartTitle: true,
      occurredOn: true,
      summary: true,
      place: placeLink,
      organisation: organisationLink,
      delegation: { select: { ...delegationLink.select, sendingPlace: placeLink } },
    },
  });
}

type Shown = {
  person: Found<typeof findPerson>;
  delegations: Found<typeof findDelegations>;
  signatures: Found<typeof findSignatures>;
  meetings: Found<typeof findMeetings>;
};

function tagsOf({ person, delegations, signatures, meetings }: Shown): string[] {
  const parties = signatures.flatMap((s) => s.agreement.parties);
  return linkedTags({
    places: [
      ...person.positions.map((p) => p.place),
      ...delegations.flatMap((d) => [d.sendingPlace, ...d.stops.map((s) => s.place)]),
      ...parties.map((p) => p.place),
      ...meetings.flatMap((m) => [m.place, m.delegation.sendingPlace]),
    ],
    organisations: [
      ...person.positions.map((p) => p.organisation),
      ...delegations.map((d) => d.sendingOrganisation),
      ...parties.map((p) => p.organisation),
      ...meetings.map((m) => m.organisation),
    ],
    agreements: signatures.map((s) => s.agreement),
    delegations: [...delegations, ...meetings.map((m) => m.delegation)],
    events: delegations.flatMap((d) => d.events),
  });
}

// Everything a person's public profile shows, each fact with its citations, in five queries.
async function readPersonProfile(slug: string) {
  const person = await findPerson(slug);
  if (!person) {
    return { profile: null, tags: [PEOPLE_TAG] };
  }
  const [delegations, signatures, meetings] = await Promise.all([
    findDelegations(person.id),
    findSignatures(person.id),
    findMeetings(person.id),
  ]);
  const citations = await findProfileCitations([
    { recordType: "PERSON", ids: [person.id] },
    { recordType: "NAME", ids: person.names.map((n) => n.id) },
    { recordType: "POSITION", ids: person.positions.map((p) => p.id) },
    { recordType: "DELEGATION", ids: delegations.map((d) => d.id) },
    { recordType: "DELEGATION_MEMBER", ids: delegations.flatMap((d) => d.members.map((m) => m.id)) },
    { recordType: "AGREEMENT", ids: signatures.map((s) => s.agreement.id) },
    { recordType: "AGREEMENT_SIGNATORY", ids: signatures.map((s) => s.id) },
    { recordType: "DELEGATION_MEETING", ids: meetings.map((m) => m.id) },
  ]);
  const profile = { person, delegations, signatures, meetings };
  return { profile: { ...profile, citations }, tags: [personTag(person.id), ...tagsOf(profile), ...citedSourceTags(citations)] };
}

// Cached until an approval revalidates a tag it was read under; a render after Next's cache
// lost it reads the stored copy (lib/stored-profiles.ts).
export async function getPersonProfile(slug: string) {
  "use cache";
  return storedProfile(`person:${slug}`, () => readPersonProfile(slug));
}

export type PersonProfile = NonNullable<Awaited<ReturnType<typeof getPersonProfile>>>;
