import { agreementTag, delegationTag, eventTag, organisationTag, personTag, placeTag, tieTag } from "@/lib/cache-tags";

// What a public profile needs to link to another record: its address and its name.
export const placeLink = { select: { id: true, slug: true, name: true } } as const;
export const personLink = { select: { id: true, slug: true, name: true } } as const;
export const organisationLink = { select: { id: true, slug: true, name: true } } as const;
// An agreement's kind and date name it when it has no title (agreementTitle).
export const agreementLink = { select: { id: true, slug: true, title: true, kind: true, signedOn: true } } as const;
export const delegationLink = { select: { id: true, slug: true, title: true } } as const;
export const eventLink = { select: { id: true, slug: true, name: true } } as const;

type Linked = { id: string } | null | undefined;

type LinkedRecords = {
  places?: Linked[];
  people?: Linked[];
  organisations?: Linked[];
  agreements?: Linked[];
  delegations?: Linked[];
  events?: Linked[];
  ties?: Linked[];
};

// A profile shows the names of the records it links to, and some of their cited facts (an
// agreement's date, a delegation's dates), so a change to one, or a citation of one,
// refreshes it: approvals revalidate a record's own tag (lib/claim-pages.ts).
export function linkedTags({
  places = [],
  people = [],
  organisations = [],
  agreements = [],
  delegations = [],
  events = [],
  ties = [],
}: LinkedRecords) {
  const idsOf = (records: Linked[]) => records.flatMap((record) => (record ? [record.id] : []));
  return [
    ...idsOf(places).map(placeTag),
    ...idsOf(people).map(personTag),
    ...idsOf(organisations).map(organisationTag),
    ...idsOf(agreements).map(agreementTag),
    ...idsOf(delegations).map(delegationTag),
    ...idsOf(events).map(eventTag),
    ...idsOf(ties).map(tieTag),
  ];
}
