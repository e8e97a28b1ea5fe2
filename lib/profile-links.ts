import { organisationTag, personTag, placeTag } from "@/lib/cache-tags";

// What a public profile needs to link to another record: its address and its name.
export const placeLink = { select: { id: true, slug: true, name: true } } as const;
export const personLink = { select: { id: true, slug: true, name: true } } as const;
export const organisationLink = { select: { id: true, slug: true, name: true } } as const;

type Linked = { id: string } | null | undefined;

// A profile shows the names of the records it links to, so renaming one refreshes it.
export function linkedTags({
  places = [],
  people = [],
  organisations = [],
}: {
  places?: Linked[];
  people?: Linked[];
  organisations?: Linked[];
}) {
  const idsOf = (records: Linked[]) => records.flatMap((record) => (record ? [record.id] : []));
  return [...idsOf(places).map(placeTag), ...idsOf(people).map(personTag), ...idsOf(organisations).map(organisationTag)];
}
