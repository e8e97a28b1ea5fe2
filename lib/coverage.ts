import "server-only";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { recordTitle } from "@/lib/claim-pages";
import { distinctValues, isDisputed } from "@/lib/claim-values";
import { nameClaimValues } from "@/lib/claim-value-names";
import { claimLabel, EDITABLE_KINDS, recordKind } from "@/lib/record-kinds";
import type { EditableKind } from "@/lib/record-kind";

// Each of the report's lists shows this many at most, with the whole count beside it: the
// twin-cities list alone brings twenty-five thousand citations.
export const COVERAGE_LIST_LIMIT = 100;

// The claims that must carry a citation: each kind's description lists them, and the
// approval gate (lib/citation-policy.ts) enforces the same list.
// `editPath` is where an editor cites it.
export type KeyClaim = { recordType: RecordType; recordId: string; field: string; label: string; editPath: string | null };

type Claim = { recordType: string; recordId: string; field: string };
const claimKey = (c: Claim) => `${c.recordType}:${c.recordId}:${c.field}`;

// The kinds whose published records carry key claims (the others list none).
const keyClaimKinds = () => EDITABLE_KINDS.filter((kindName) => recordKind(kindName).listPublished);

async function listKeyClaims(kindNames: EditableKind[]): Promise<KeyClaim[]> {
  const perKind = await Promise.all(
    kindNames.map(async (kindName) => {
      const kind = recordKind(kindName);
      return ((await kind.listPublished?.(prisma)) ?? []).flatMap(({ id, title, content }) =>
        kind.keyClaims(content).map((field) => ({
          recordType: kindName,
          recordId: id,
          field,
          label: `${title}: ${claimLabel(kind, field)}`,
          editPath: kind.editPath(id, content),
        })),
      );
    }),
  );
  return perKind.flat();
}

// The claims of those kinds some citation backs; the ties' thousands of citations are not read.
async function citedClaims(kindNames: EditableKind[]) {
  const cited = await prisma.citation.findMany({
    where: { retiredAt: null, recordType: { in: kindNames } },
    select: { recordType: true, recordId: true, field: true },
    distinct: ["recordType", "recordId", "field"],
  });
  return new Set(cited.map(claimKey));
}

// Claims whose sources give more than one value. SQL finds the claims with two different
// values written; distinctValues then drops those that only differ in precision ("2024"
// beside "2024-05-19"), which agree.
async function disputedClaims() {
  const citations = await prisma.$queryRaw<(Claim & { assertedValue: string; rank: string })[]>`
    SELECT c.recordType, c.recordId, c.field, c.assertedValue, c.rank
    FROM Citation c
    JOIN (
      SELECT recordType, recordId, field FROM Citation
      WHERE retiredAt IS NULL AND rank <> 'DEPRECATED' AND assertedValue IS NOT NULL AND assertedValue <> ''
      GROUP BY recordType, recordId, field
      HAVING COUNT(DISTINCT assertedValue) > 1
    ) d ON d.recordType = c.recordType AND d.recordId = c.recordId AND d.field = c.field
    WHERE c.retiredAt IS NULL AND c.rank <> 'DEPRECATED'
    ORDER BY c.recordType, c.recordId, c.field`;
  const byClaim = new Map<string, typeof citations>();
  for (const citation of citations) {
    const group = byClaim.get(claimKey(citation));
    if (group) group.push(citation);
    else byClaim.set(claimKey(citation), [citation]);
  }
  return [...byClaim.values()]
    .map((group) => ({ group, values: distinctValues(group.map((c) => c.assertedValue)) }))
    .filter(({ values }) => isDisputed(values));
}

async function namedDisputes(disputes: Awaited<ReturnType<typeof disputedClaims>>) {
  const valueNames = await nameClaimValues(
    prisma,
    disputes.flatMap(({ group }) => group),
  );
  return Promise.all(
    disputes.map(async ({ group: [first], values }) => ({
      recordType: first.recordType as RecordType,
      recordId: first.recordId,
      field: first.field,
      title: await recordTitle(prisma, first.recordType as RecordType, first.recordId),
      values,
      valueNames,
    })),
  );
}

// Quotes their source's text no longer holds. The write path that replaces a source's text
// finds every quote again and marks the lost ones (lib/source-record.ts), and a citation is
// refused a quote its source lacks (lib/citation-record.ts), so the mark is the whole truth.
const orphanedWhere = { retiredAt: null, orphanedAt: { not: null } };
const unusedSourceWhere = { retiredAt: null, citations: { none: { retiredAt: null } } };

// How well the published record is evidenced: key claims cited, claims whose sources
// disagree, quotes no longer found in their source, and sources nobody cites. Counts are
// whole; each list holds its first COVERAGE_LIST_LIMIT.
export async function getCoverage() {
  const kindNames = keyClaimKinds();
  const [keyClaims, cited, citationCount, disputes, orphanedCount, orphaned, unusedSourceCount, unusedSources] = await Promise.all([
    listKeyClaims(kindNames),
    citedClaims(kindNames),
    prisma.citation.count({ where: { retiredAt: null } }),
    disputedClaims(),
    prisma.citation.count({ where: orphanedWhere }),
    prisma.citation.findMany({
      where: orphanedWhere,
      orderBy: [{ orphanedAt: "asc" }, { id: "asc" }],
      take: COVERAGE_LIST_LIMIT,
      select: { id: true, quote: true, source: { select: { id: true, title: true, lang: true } } },
    }),
    prisma.source.count({ where: unusedSourceWhere }),
    prisma.source.findMany({
      where: unusedSourceWhere,
      orderBy: [{ title: "asc" }, { id: "asc" }],
      take: COVERAGE_LIST_LIMIT,
      select: { id: true, title: true },
    }),
  ]);
  const uncited = keyClaims.filter((claim) => !cited.has(claimKey(claim)));
  return {
    keyClaimCount: keyClaims.length,
    citedKeyClaimCount: keyClaims.length - uncited.length,
    citationCount,
    uncited: { count: uncited.length, first: uncited.slice(0, COVERAGE_LIST_LIMIT) },
    disputed: { count: disputes.length, first: await namedDisputes(disputes.slice(0, COVERAGE_LIST_LIMIT)) },
    orphaned: { count: orphanedCount, first: orphaned },
    unusedSources: { count: unusedSourceCount, first: unusedSources },
  };
}
