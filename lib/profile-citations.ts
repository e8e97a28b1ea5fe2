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

// Prisma allows SQLite 999 bound parameters in a query it does not split itself (one with
// an OR, as here): a hub's profile, or an export's batch, reads its citations in runs of this
// many records.
const RECORDS_PER_QUERY = 900;

// Every published citation of the given records, any field, oldest first.
export async function findProfileCitations(records: ClaimedRecords[]): Promise<CitationView[]> {
  const claimed = records.flatMap(({ recordType, ids }) =>
    [...new Set(ids.filter((id): id is string => !!id))].map((recordId) => ({ recordType, recordId })),
  );
  const runs = [];
  for (let i = 0; i < claimed.length; i += RECORDS_PER_QUERY) runs.push(claimed.slice(i, i + RECORDS_PER_QUERY));
  const found = await Promise.all(runs.map(citationsOf));
  const citations = found.flat().sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return withValueNames(
    prisma,
    citations.map(({ createdAt: _, ...citation }) => citation),
  );
}

async function citationsOf(claimed: { recordType: RecordType; recordId: string }[]) {
  const types = [...new Set(claimed.map((c) => c.recordType))];
  const OR = types.map((recordType) => ({
    recordType,
    recordId: { in: claimed.filter((c) => c.recordType === recordType).map((c) => c.recordId) },
  }));
  return prisma.citation.findMany({
    where: { retiredAt: null, OR },
    orderBy: { createdAt: "asc" },
    select: { ...citationSelect, createdAt: true },
  });
}

// A page quoting a source changes when the source does (its title, or a quote orphaned).
export function citedSourceTags(citations: CitationView[]): string[] {
  return citations.map((c) => sourceTag(c.source.id));
}
