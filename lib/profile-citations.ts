import "server-only";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { sourceTag } from "@/lib/cache-tags";
import type { CitationView } from "@/lib/footnotes";
import { withValueNames } from "@/lib/claim-value-names";

// What every public profile's footnotes show of a citation.
const citationSelect = {
  id: true,
  recordType: true,
  recordId: true,
  field: true,
  quote: true,
  assertedValue: true,
  notation: true,
  inferredReason: true,
  rank: true,
  rankReason: true,
  orphanedAt: true,
  startOffset: true,
  source: { select: { id: true, title: true, publisher: true, publishedOn: true, url: true, lang: true } },
} as const;

export type ClaimedRecords = { recordType: RecordType; ids: (string | null | undefined)[] };

// Every published citation of the given records, any field, in one query.
export async function findProfileCitations(records: ClaimedRecords[]): Promise<CitationView[]> {
  const claims = records
    .map(({ recordType, ids }) => ({ recordType, ids: [...new Set(ids.filter((id): id is string => !!id))] }))
    .filter((c) => c.ids.length > 0);
  if (claims.length === 0) return [];
  const citations = await prisma.citation.findMany({
    where: { retiredAt: null, OR: claims.map((c) => ({ recordType: c.recordType, recordId: { in: c.ids } })) },
    orderBy: { createdAt: "asc" },
    select: citationSelect,
  });
  return withValueNames(prisma, citations);
}

// A page quoting a source changes when the source does (its title, or a quote orphaned).
export function citedSourceTags(citations: CitationView[]): string[] {
  return citations.map((c) => sourceTag(c.source.id));
}
