import "server-only";
import { cacheTag } from "next/cache";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { getSourcePage } from "@/lib/source";
import { SOURCES_TAG, sourceTag, tagCacheWith } from "@/lib/cache-tags";
import { nameClaimValues } from "@/lib/claim-value-names";
import { agreementTitle } from "@/lib/agreement-kinds";
import { tiePath, tieTitle } from "@/lib/tie-path";
import { agreementLink, delegationLink, eventLink, linkedTags, organisationLink, personLink, placeLink } from "@/lib/profile-links";

// A published record a source's claim is about, named and linked on the source's page.
export type ClaimedRecord = { title: string; path: string };

type Claim = { recordType: RecordType; recordId: string };

const claimKey = (recordType: RecordType, recordId: string) => `${recordType}:${recordId}`;

const tieNames = { select: { id: true, placeA: placeLink, placeB: placeLink } } as const;
type TieNames = { id: string; placeA: { slug: string; name: string }; placeB: { slug: string; name: string } };
const tieRecord = (tie: TieNames): ClaimedRecord => ({
  title: tieTitle(tie.placeA.name, tie.placeB.name),
  path: tiePath(tie.placeA.slug, tie.placeB.slug),
});

type Linked = { slug: string } | null;
type NameOf = { text: string; place: Linked; person: Linked; organisation: Linked };
function nameRecord({ text, place, person, organisation }: NameOf): ClaimedRecord | null {
  const path =
    (place && `/places/${place.slug}`) || (person && `/people/${person.slug}`) || (organisation && `/organisations/${organisation.slug}`);
  return path ? { title: text, path } : null;
}

// The published records the claims are about, a query per kind however many claims: a
// list's source may support thousands. A part of a record (a delegation's stop, a person's
// position, a name) is named by the record it belongs to.
async function findClaimedRecords(claims: Claim[]) {
  const idsOf = (type: RecordType) => [...new Set(claims.filter((c) => c.recordType === type).map((c) => c.recordId))];
  const published = (type: RecordType) => ({ where: { id: { in: idsOf(type) }, retiredAt: null } });
  const ofDelegation = (type: RecordType) => ({ where: { id: { in: idsOf(type) } }, select: { id: true, delegation: delegationLink } });
  const [places, people, organisations, agreements, delegations, events, ties, tieEvents, names, positions, ...delegationParts] =
    await Promise.all([
      prisma.place.findMany({ ...published("PLACE"), ...placeLink }),
      prisma.person.findMany({ ...published("PERSON"), ...personLink }),
      prisma.organisation.findMany({ ...published("ORGANISATION"), ...organisationLink }),
      prisma.agreement.findMany({ ...published("AGREEMENT"), ...agreementLink }),
      prisma.delegation.findMany({ ...published("DELEGATION"), ...delegationLink }),
      prisma.event.findMany({ ...published("EVENT"), ...eventLink }),
      prisma.tie.findMany({ ...published("TIE"), ...tieNames }),
      prisma.tieEvent.findMany({ where: { id: { in: idsOf("TIE_EVENT") } }, select: { id: true, tie: tieNames } }),
      prisma.name.findMany({
        ...published("NAME"),
        select: { id: true, text: true, place: placeLink, person: personLink, organisation: organisationLink },
      }),
      prisma.position.findMany({ where: { id: { in: idsOf("POSITION") } }, select: { id: true, title: true, person: personLink } }),
      prisma.delegationStop.findMany(ofDelegation("DELEGATION_STOP")),
      prisma.delegationMember.findMany(ofDelegation("DELEGATION_MEMBER")),
      prisma.delegationMeeting.findMany(ofDelegation("DELEGATION_MEETING")),
      prisma.delegationSiteVisit.findMany(ofDelegation("DELEGATION_SITE_VISIT")),
      prisma.delegationGift.findMany(ofDelegation("DELEGATION_GIFT")),
    ]);
  const [stops, members, meetings, siteVisits, gifts] = delegationParts;
  const delegationRecord = ({ delegation }: { delegation: { slug: string; title: string } }): ClaimedRecord => ({
    title: delegation.title,
    path: `/delegations/${delegation.slug}`,
  });
  const described: (readonly [RecordType, string, ClaimedRecord | null])[] = [
    ...places.map((p) => ["PLACE", p.id, { title: p.name, path: `/places/${p.slug}` }] as const),
    ...people.map((p) => ["PERSON", p.id, { title: p.name, path: `/people/${p.slug}` }] as const),
    ...organisations.map((o) => ["ORGANISATION", o.id, { title: o.name, path: `/organisations/${o.slug}` }] as const),
    ...agreements.map((a) => ["AGREEMENT", a.id, { title: agreementTitle(a), path: `/agreements/${a.slug}` }] as const),
    ...delegations.map((d) => ["DELEGATION", d.id, delegationRecord({ delegation: d })] as const),
    ...events.map((e) => ["EVENT", e.id, { title: e.name, path: `/events/${e.slug}` }] as const),
    ...ties.map((t) => ["TIE", t.id, tieRecord(t)] as const),
    ...tieEvents.map((e) => ["TIE_EVENT", e.id, tieRecord(e.tie)] as const),
    ...names.map((n) => ["NAME", n.id, nameRecord(n)] as const),
    ...positions.map((p) => ["POSITION", p.id, { title: `${p.person.name}, ${p.title}`, path: `/people/${p.person.slug}` }] as const),
    ...stops.map((part) => ["DELEGATION_STOP", part.id, delegationRecord(part)] as const),
    ...members.map((part) => ["DELEGATION_MEMBER", part.id, delegationRecord(part)] as const),
    ...meetings.map((part) => ["DELEGATION_MEETING", part.id, delegationRecord(part)] as const),
    ...siteVisits.map((part) => ["DELEGATION_SITE_VISIT", part.id, delegationRecord(part)] as const),
    ...gifts.map((part) => ["DELEGATION_GIFT", part.id, delegationRecord(part)] as const),
  ];
  const records = new Map(described.flatMap(([type, id, record]) => (record ? [[claimKey(type, id), record] as const] : [])));
  const tags = linkedTags({
    places: [...places, ...names.map((n) => n.place)],
    people: [...people, ...positions.map((p) => p.person), ...names.map((n) => n.person)],
    organisations: [...organisations, ...names.map((n) => n.organisation)],
    agreements,
    delegations: [...delegations, ...delegationParts.flat().map((part) => part.delegation)],
    events,
    ties: [...ties, ...tieEvents.map((e) => e.tie)],
  });
  return { records, tags };
}

// A source's public page, a part of it at a time (lib/source-parts.ts): its text, and the
// published claims the part's quotes support, each naming the record it is about (whose
// rename refreshes the page) and the record a value refers to.
export async function getSourceProfile(id: string, part = 0) {
  "use cache";
  cacheTag(SOURCES_TAG, sourceTag(id));
  const source = await getSourcePage(id, part);
  if (!source) return null;
  const [{ records, tags }, valueNames] = await Promise.all([
    findClaimedRecords(source.citations),
    nameClaimValues(prisma, source.citations),
  ]);
  tagCacheWith(tags);
  const citations = source.citations.map((citation) => ({
    ...citation,
    record: records.get(claimKey(citation.recordType, citation.recordId)) ?? null,
  }));
  return { ...source, citations, valueNames };
}

export type SourceProfile = NonNullable<Awaited<ReturnType<typeof getSourceProfile>>>;
