import "server-only";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { anchorQuote } from "@/lib/quote-anchor";
import { recordTitle } from "@/lib/claim-pages";

// The claims that must carry a citation before a change to them is approved
// (issue "Source-citation tracking", citation policy).
export type KeyClaim = { recordType: RecordType; recordId: string; field: string; label: string };

async function listKeyClaims(): Promise<KeyClaim[]> {
  const [events, agreements, parties, delegations, stops, positions] = await Promise.all([
    prisma.tieEvent.findMany({ where: { tie: { retiredAt: null } }, select: { id: true, kind: true, occurredOn: true, type: true, tie: { select: { placeA: { select: { name: true } }, placeB: { select: { name: true } } } } } }),
    prisma.agreement.findMany({ where: { retiredAt: null }, select: { id: true, title: true, signedOn: true } }),
    prisma.agreementParty.findMany({ where: { agreement: { retiredAt: null } }, select: { id: true, agreement: { select: { title: true } }, place: { select: { name: true } }, organisation: { select: { name: true } } } }),
    prisma.delegation.findMany({ where: { retiredAt: null }, select: { id: true, title: true, leaderId: true, startOn: true } }),
    prisma.delegationStop.findMany({ where: { delegation: { retiredAt: null } }, select: { id: true, delegation: { select: { title: true } }, place: { select: { name: true } } } }),
    prisma.position.findMany({ where: { person: { retiredAt: null } }, select: { id: true, title: true, person: { select: { name: true } } } }),
  ]);
  const tie = (e: (typeof events)[number]) => `${e.tie.placeA.name}–${e.tie.placeB.name} ${e.type.toLowerCase()}`;
  return [
    ...events.flatMap((e) => [
      ...(e.kind ? [{ recordType: "TIE_EVENT" as const, recordId: e.id, field: "kind", label: `${tie(e)}: kind` }] : []),
      ...(e.occurredOn ? [{ recordType: "TIE_EVENT" as const, recordId: e.id, field: "occurredOn", label: `${tie(e)}: date` }] : []),
    ]),
    ...agreements.flatMap((a) => (a.signedOn ? [{ recordType: "AGREEMENT" as const, recordId: a.id, field: "signedOn", label: `${a.title}: date` }] : [])),
    ...parties.map((p) => ({ recordType: "AGREEMENT_PARTY" as const, recordId: p.id, field: "exists", label: `${p.agreement.title}: party ${p.place?.name ?? p.organisation?.name}` })),
    ...delegations.flatMap((d) => [
      ...(d.leaderId ? [{ recordType: "DELEGATION" as const, recordId: d.id, field: "leaderId", label: `${d.title}: leader` }] : []),
      ...(d.startOn ? [{ recordType: "DELEGATION" as const, recordId: d.id, field: "startOn", label: `${d.title}: dates` }] : []),
    ]),
    ...stops.map((s) => ({ recordType: "DELEGATION_STOP" as const, recordId: s.id, field: "exists", label: `${s.delegation.title}: stop ${s.place.name}` })),
    ...positions.map((p) => ({ recordType: "POSITION" as const, recordId: p.id, field: "exists", label: `${p.person.name}: ${p.title}` })),
  ];
}

const claimKey = (c: { recordType: string; recordId: string; field: string }) => `${c.recordType}:${c.recordId}:${c.field}`;

// How well the published record is evidenced: key claims cited, claims whose sources
// disagree, quotes no longer found in their source, and sources nobody cites.
export async function getCoverage() {
  const [keyClaims, citations, unusedSources] = await Promise.all([
    listKeyClaims(),
    prisma.citation.findMany({
      where: { retiredAt: null },
      select: { id: true, recordType: true, recordId: true, field: true, quote: true, prefix: true, suffix: true, startOffset: true,
        assertedValue: true, rank: true, orphanedAt: true, source: { select: { id: true, title: true, snapshot: true } } },
    }),
    prisma.source.findMany({ where: { retiredAt: null, citations: { none: { retiredAt: null } } }, select: { id: true, title: true } }),
  ]);
  const byClaim = new Map<string, typeof citations>();
  for (const citation of citations) byClaim.set(claimKey(citation), [...(byClaim.get(claimKey(citation)) ?? []), citation]);
  const uncited = keyClaims.filter((claim) => !byClaim.has(claimKey(claim)));
  const disputedGroups = [...byClaim.values()]
    .map((group) => ({ group, values: [...new Set(group.filter((c) => c.rank !== "DEPRECATED" && c.assertedValue).map((c) => c.assertedValue!))] }))
    .filter(({ values }) => values.length > 1);
  const disputed = [];
  for (const { group: [first], values } of disputedGroups) {
    const title = await recordTitle(prisma, first.recordType, first.recordId);
    disputed.push({ recordType: first.recordType, recordId: first.recordId, field: first.field, title, values });
  }
  const orphaned = citations.filter((c) => c.orphanedAt || !anchorQuote(c.source.snapshot, c.quote, { prefix: c.prefix, suffix: c.suffix, start: c.startOffset ?? undefined }));
  return {
    keyClaimCount: keyClaims.length,
    citedKeyClaimCount: keyClaims.length - uncited.length,
    citationCount: citations.length,
    uncited,
    disputed,
    orphaned: orphaned.map((c) => ({ id: c.id, quote: c.quote, source: { id: c.source.id, title: c.source.title } })),
    unusedSources,
  };
}
