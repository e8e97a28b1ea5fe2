import "server-only";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { createChange, type ProposedItem } from "@/lib/change-request";
import { citationRecord } from "@/lib/citation-record";
import { recordTitle } from "@/lib/claim-pages";
import { can, PermissionDenied, type Actor } from "@/lib/permissions";
import type { ActionResult } from "@/lib/action-result";
import type { CitationRank } from "@/lib/generated/prisma/enums";
import type { SettlementInput } from "@/lib/dispute-schema";

export async function getClaimCitations(recordType: RecordType, recordId: string, field: string) {
  const [title, citations] = await Promise.all([
    recordTitle(prisma, recordType, recordId),
    prisma.citation.findMany({
      where: { recordType, recordId, field, retiredAt: null },
      orderBy: { createdAt: "asc" },
      select: { id: true, quote: true, assertedValue: true, rank: true, rankReason: true, source: { select: { id: true, title: true, publisher: true } } },
    }),
  ]);
  const values = [...new Set(citations.flatMap((c) => (c.assertedValue ? [c.assertedValue] : [])))];
  return { title, citations, values };
}

function rankFor(value: string | null, preferred: string): CitationRank {
  if (!value) return "NORMAL";
  return value === preferred ? "PREFERRED" : "DEPRECATED";
}

// Proposes the ranks that settle a dispute; another reviewer approves them (four-eyes),
// and then the public page shows the preferred value with the others and the reason.
export async function proposeSettlement(actor: Actor, input: SettlementInput): Promise<ActionResult<{ id: string }>> {
  if (!can(actor, "change:review")) throw new PermissionDenied("Only reviewers settle disputed claims");
  const { title, citations, values } = await getClaimCitations(input.recordType, input.recordId, input.field);
  if (!values.includes(input.preferredValue)) return { ok: false, fieldErrors: { preferredValue: "Choose one of the values the sources give" } };
  const items: ProposedItem[] = [];
  for (const citation of citations) {
    const rank = rankFor(citation.assertedValue, input.preferredValue);
    const rankReason = rank === "DEPRECATED" ? input.reason : "";
    if (rank === citation.rank && rankReason === (citation.rankReason ?? "")) continue;
    const current = await citationRecord.load(prisma, citation.id);
    if (!current) continue;
    items.push({ recordType: "CITATION", operation: "UPDATE", recordId: citation.id, baseVersion: current.version, payload: { ...current.content, rank, rankReason } });
  }
  if (items.length === 0) return { ok: false, formError: "The claim is already settled this way." };
  const change = await createChange(actor, { title: `Settle ${title ?? "claim"} · ${input.field}: ${input.preferredValue}`, submit: true, items });
  await prisma.reviewComment.create({ data: { changeRequestId: change.id, authorId: actor.id, body: input.reason } });
  return { ok: true, data: change };
}
