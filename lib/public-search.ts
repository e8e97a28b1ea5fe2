import "server-only";
import { prisma } from "@/lib/db";
import { countryName } from "@/lib/countries";
import { findByName, findDatedByTitle, findNearNames, type DatedTitleMatch, type NameMatch } from "@/lib/name-search";
import { formatPartialDate } from "@/lib/partial-date";
import { directoryFiltersSchema } from "@/lib/place-directory";
import { PLACE_LEVEL_LABELS } from "@/lib/place-schema";
import type { NamedRecordType } from "@/lib/search-key";

// A visitor's search of the whole record (app/(public)/search): places, people and
// organisations by any of their names, in any script or spelling; delegations and events by
// a word of their title. Each kind is one read of the search index.

// As the places directory reads its box: cut to a length, blank as nothing.
export const searchQuerySchema = directoryFiltersSchema.shape.q;

export type SearchHit = { id: string; path: string; title: string; detail: string };
export type SearchGroup = { heading: string; hits: SearchHit[] };

// More than a visitor reads; a query that finds more is too short.
export const HITS_PER_KIND = 20;

const NAMED: { type: NamedRecordType; heading: string; section: string }[] = [
  { type: "PLACE", heading: "Places", section: "places" },
  { type: "PERSON", heading: "People", section: "people" },
  { type: "ORGANISATION", heading: "Organisations", section: "organisations" },
];

// "Seoul · 서울 · Special city, South Korea": the name the query found, when it is another.
function namedHit(match: NameMatch, section: string): SearchHit {
  const found = match.matchedText && match.matchedText !== match.name ? [match.matchedText] : [];
  const where = [match.level ? PLACE_LEVEL_LABELS[match.level] : "", match.country ? countryName(match.country) : ""].filter(Boolean);
  return {
    id: match.recordId,
    path: `/${section}/${match.slug}`,
    title: match.name,
    detail: [...found, where.join(", ")].filter(Boolean).join(" · "),
  };
}

function datedHit(match: DatedTitleMatch, section: string): SearchHit {
  const [start, end] = [formatPartialDate(match.startOn), formatPartialDate(match.endOn)];
  return {
    id: match.recordId,
    path: `/${section}/${match.slug}`,
    title: match.title,
    detail: end && end !== start ? `${start} – ${end}` : start,
  };
}

export async function searchRecord(query: string): Promise<SearchGroup[]> {
  const options = { limit: HITS_PER_KIND };
  const [named, delegations, events] = await Promise.all([
    Promise.all(NAMED.map(({ type }) => findByName(prisma, query, { ...options, recordTypes: [type] }))),
    findDatedByTitle(prisma, "DELEGATION", query, options),
    findDatedByTitle(prisma, "EVENT", query, options),
  ]);
  return [
    ...NAMED.map(({ heading, section }, i) => ({ heading, hits: named[i].map((match) => namedHit(match, section)) })),
    { heading: "Delegations", hits: delegations.map((match) => datedHit(match, "delegations")) },
    { heading: "Events", hits: events.map((match) => datedHit(match, "events")) },
  ];
}

// When nothing starts with the query: names a letter or two from it ("Gyeongi" finds
// Gyeonggi Province), the closest first, as the editors' "possibly the same as" finds them.
// The places directory asks for places only.
export async function findNearSpellings(query: string, types?: NamedRecordType[]): Promise<SearchHit[]> {
  const kinds = types ? NAMED.filter(({ type }) => types.includes(type)) : NAMED;
  const near = await Promise.all(kinds.map(({ type }) => findNearNames(prisma, query, type, { limit: 3 })));
  return kinds
    .flatMap(({ section }, i) => near[i].map((match) => ({ ...namedHit(match, section), distance: match.distance })))
    .sort((a, b) => a.distance - b.distance)
    .map(({ distance: _distance, ...hit }) => hit);
}
