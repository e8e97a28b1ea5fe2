import "server-only";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { anchorQuote } from "@/lib/quote-anchor";
import { recordTitle } from "@/lib/claim-pages";
import { distinctValues, isDisputed } from "@/lib/claim-values";
import { nameClaimValues } from "@/lib/claim-value-names";
import { claimLabel, EDITABLE_KINDS, recordKind } from "@/lib/record-kinds";

// The claims that must carry a citation: each kind's description lists them, and the
// approval gate (lib/citation-policy.ts) enforces the same list.
export type KeyClaim = { recordType: RecordType; recordId: string; field: string; label: string };

async function listKeyClaims(): Promise<KeyClaim[]> {
  const claims: KeyClaim[] = [];
  for (const kindName of EDITABLE_KINDS) {
    const kind = recordKind(kindName);
    for (const { id, title, content } of (await kind.listPublished?.(prisma)) ?? []) {
      for (const field of kind.keyClaims(content))
        claims.push({ recordType: kindName, recordId: id, field, label: `${title}: ${claimLabel(kind, field)}` });
    }
  }
  return claims;
}

const claimKey = (c: { recordType: string; recordId: string; field: string }) => `${c.recordType}:${c.recordId}:${c.field}`;

async function sourceSnapshots(ids: string[]) {
  const sources = await prisma.source.findMany({ where: { id: { in: ids } }, select: { id: true, snapshot: true } });
  return new Map(sources.map((source) => [source.id, source.snapshot]));
}

// How well the published record is evidenced: key claims cited, claims whose sources
// disagree, quotes no longer found in their source, and sources nobody cites.
export async function getCoverage() {
  const [keyClaims, citations, unusedSources] = await Promise.all([
    listKeyClaims(),
    prisma.citation.findMany({
      where: { retiredAt: null },
      select: {
        id: true,
        recordType: true,
        recordId: true,
        field: true,
        quote: true,
        prefix: true,
        suffix: true,
        startOffset: true,
        assertedValue: true,
        rank: true,
        orphanedAt: true,
        source: { select: { id: true, title: true, lang: true } },
      },
    }),
    prisma.source.findMany({ where: { retiredAt: null, citations: { none: { retiredAt: null } } }, select: { id: true, title: true } }),
  ]);
  const byClaim = new Map<string, typeof citations>();
  for (const citation of citations) byClaim.set(claimKey(citation), [...(byClaim.get(claimKey(citation)) ?? []), citation]);
  const uncited = keyClaims.filter((claim) => !byClaim.has(claimKey(claim)));
  const disputedGroups = [...byClaim.values()]
    .map((group) => ({ group, values: distinctValues(group.filter((c) => c.rank !== "DEPRECATED").map((c) => c.assertedValue)) }))
    .filter(({ values }) => isDisputed(values));
  const valueNames = await nameClaimValues(
    prisma,
    disputedGroups.flatMap(({ group }) => group),
  );
  const disputed = [];
  for (const {
    group: [first],
    values,
  } of disputedGroups) {
    const title = await recordTitle(prisma, first.recordType, first.recordId);
    disputed.push({ recordType: first.recordType, recordId: first.recordId, field: first.field, title, values, valueNames });
  }
  // Each source's text is read once, not once per citation: one list's snapshot may be
  // megabytes, cited by thousands of ties.
  const snapshots = await sourceSnapshots([...new Set(citations.map((c) => c.source.id))]);
  const orphaned = citations.filter(
    (c) =>
      c.orphanedAt ||
      !anchorQuote(snapshots.get(c.source.id) ?? "", c.quote, { prefix: c.prefix, suffix: c.suffix, start: c.startOffset ?? undefined }),
  );
  return {
    keyClaimCount: keyClaims.length,
    citedKeyClaimCount: keyClaims.length - uncited.length,
    citationCount: citations.length,
    uncited,
    disputed,
    orphaned: orphaned.map((c) => ({ id: c.id, quote: c.quote, source: { id: c.source.id, title: c.source.title, lang: c.source.lang } })),
    unusedSources,
  };
}
