import type { CitationRank, RecordType } from "@/lib/generated/prisma/enums";
import { createFootnotes, type CitationView } from "@/lib/footnotes";
import { tiePath, tieTitle } from "@/lib/tie-path";

// A profile as data: its JSON export (`data`, the facts with their citations) and its
// JSON-LD (`linkedData`, schema.org for search engines) are built by one function per kind
// from the same profile read the page renders, with the same rule for which value is shown,
// so the three cannot disagree.
export type ProfileDescription = { data: object; linkedData: LinkedData };

export type LinkedData = { "@context": "https://schema.org"; "@type": string | string[] } & Record<string, unknown>;

export type CitationJson = {
  field: string;
  quote: string;
  statedValue: string | null;
  rank: CitationRank;
  rankReason: string | null;
  isOrphaned: boolean;
  source: { title: string; publisher: string | null; publishedOn: string | null; url: string | null; path: string };
};

function citationJson(citation: CitationView): CitationJson {
  const { source } = citation;
  return {
    field: citation.field,
    quote: citation.quote,
    statedValue: citation.assertedValue,
    rank: citation.rank,
    rankReason: citation.rankReason,
    isOrphaned: citation.orphanedAt !== null,
    source: {
      title: source.title,
      publisher: source.publisher,
      publishedOn: source.publishedOn,
      url: source.url,
      path: `/sources/${source.id}`,
    },
  };
}

// A profile's citations as its export gives them: per record, every field.
export function readCitations(citations: CitationView[]) {
  const notes = createFootnotes(citations);
  return {
    of: (recordType: RecordType, id: string) => citations.filter((c) => c.recordType === recordType && c.recordId === id).map(citationJson),
    // As the pages show it: the value a reviewer settled on, else the stored one.
    shown: (recordType: RecordType, id: string, field: string, stored: string | null) =>
      notes.claim(recordType, id, field).preferred ?? stored,
  };
}

export type CitationReader = ReturnType<typeof readCitations>;

export const profilePaths = {
  place: (slug: string) => `/places/${slug}`,
  person: (slug: string) => `/people/${slug}`,
  organisation: (slug: string) => `/organisations/${slug}`,
  agreement: (slug: string) => `/agreements/${slug}`,
  delegation: (slug: string) => `/delegations/${slug}`,
  event: (slug: string) => `/events/${slug}`,
};

type Section = keyof typeof profilePaths;
type Linkable = { slug: string; name: string } | { slug: string; title: string };

// Another record as an export names it: its name and the address of its profile.
export function linkJson(section: Section, record: Linkable | null) {
  if (!record) return null;
  return { name: "name" in record ? record.name : record.title, path: profilePaths[section](record.slug) };
}

export function tieLinkJson(placeA: { slug: string; name: string }, placeB: { slug: string; name: string }) {
  return { name: tieTitle(placeA.name, placeB.name), path: tiePath(placeA.slug, placeB.slug) };
}

// The schema.org node of a linked record. Addresses are relative: JSON-LD resolves them
// against the page they are on.
const linkedNode = (type: string, section: Section) => (record: Linkable | null) => {
  const link = linkJson(section, record);
  return link ? { "@type": type, "@id": link.path, name: link.name, url: link.path } : undefined;
};
export const placeNode = linkedNode("Place", "place");
export const personNode = linkedNode("Person", "person");
export const organisationNode = linkedNode("Organization", "organisation");
export const eventNode = linkedNode("Event", "event");
export const delegationNode = linkedNode("Event", "delegation");
export const agreementNode = linkedNode("CreativeWork", "agreement");

// For a <script type="application/ld+json"> element: with "<" escaped no value can close
// the element or open a comment in it (Next docs: JSON-LD). It stays valid JSON.
export function serializeLinkedData(linkedData: LinkedData): string {
  return JSON.stringify(linkedData).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

// Optional properties are left out rather than written as null, as schema.org expects.
export const present = <T>(value: T | null | undefined) => value ?? undefined;
export const nonEmpty = <T>(values: (T | undefined)[]) => {
  const kept = values.filter((v): v is T => v !== undefined);
  return kept.length > 0 ? kept : undefined;
};

// A profile's /json address: its export, or a 404 that says so in JSON.
export function profileJsonResponse(description: ProfileDescription | null, kind: string) {
  if (!description) return Response.json({ error: `No published ${kind} has this address.` }, { status: 404 });
  return Response.json(description.data);
}
