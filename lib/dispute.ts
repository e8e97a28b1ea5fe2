import "server-only";
import type { ChangeOperation, RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { saveProposal, type ProposedItem } from "@/lib/change-request";
import { citationRecord } from "@/lib/citation-record";
import { recordTitle } from "@/lib/claim-pages";
import { can, PermissionDenied, type Actor } from "@/lib/permissions";
import type { ActionResult } from "@/lib/action-result";
import type { CitationRank } from "@/lib/generated/prisma/enums";
import type { SettlementInput } from "@/lib/dispute-schema";
import { citationSchema, type CitationInput } from "@/lib/citation-schema";
import { distinctValues, valuesDiffer } from "@/lib/claim-values";
import { nameClaimValues } from "@/lib/claim-value-names";

export async function getClaimCitations(recordType: RecordType, recordId: string, field: string) {
  const [title, citations] = await Promise.all([
    recordTitle(prisma, recordType, recordId),
    prisma.citation.findMany({
      where: { recordType, recordId, field, retiredAt: null },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        quote: true,
        field: true,
        assertedValue: true,
        notation: true,
        inferredReason: true,
        rank: true,
        rankReason: true,
        startOffset: true,
        source: { select: { id: true, title: true, publisher: true, lang: true } },
      },
    }),
  ]);
  // The values to choose from: a vaguer one ("2024" beside "2024-05-19") settles nothing.
  const values = distinctValues(citations.map((c) => c.assertedValue));
  return { title, citations, values, valueNames: await nameClaimValues(prisma, citations) };
}

// A value that agrees with the preferred one ("2024" with "2024-06-19") is not ranked down.
function rankFor(value: string | null, preferred: string): CitationRank {
  if (!value || (value !== preferred && !valuesDiffer(value, preferred))) return "NORMAL";
  return value === preferred ? "PREFERRED" : "DEPRECATED";
}

// Proposes the ranks that settle a dispute; another reviewer approves them (four-eyes),
// and then the public page shows the preferred value with the others and the reason.
// With `changeId` the reviewer's own settlement is revised; the new reason joins its comments.
export async function proposeSettlement(actor: Actor, input: SettlementInput, changeId?: string): Promise<ActionResult<{ id: string }>> {
  if (!can(actor, "change:review")) throw new PermissionDenied("Only reviewers settle disputed claims");
  const { title, citations, values } = await getClaimCitations(input.recordType, input.recordId, input.field);
  if (!values.includes(input.preferredValue))
    return { ok: false, fieldErrors: { preferredValue: "Choose one of the values the sources give" } };
  const items: ProposedItem[] = [];
  for (const citation of citations) {
    const rank = rankFor(citation.assertedValue, input.preferredValue);
    const rankReason = rank === "DEPRECATED" ? input.reason : "";
    if (rank === citation.rank && rankReason === (citation.rankReason ?? "")) continue;
    const current = await citationRecord.load(prisma, citation.id);
    if (!current) continue;
    items.push({
      recordType: "CITATION",
      operation: "UPDATE",
      recordId: citation.id,
      baseVersion: current.version,
      payload: { ...current.content, rank, rankReason },
    });
  }
  if (items.length === 0) return { ok: false, formError: "The claim is already settled this way." };
  const saved = await saveProposal(
    actor,
    { title: `Settle ${title ?? "claim"} · ${input.field}: ${input.preferredValue}`, submit: true, items },
    changeId,
  );
  if (saved.ok && saved.data)
    await prisma.reviewComment.create({ data: { changeRequestId: saved.data.id, authorId: actor.id, body: input.reason } });
  return saved;
}

// A change's item as the revise page reads it; its payload is parsed here, not trusted.
type ProposedContent = { recordType: RecordType; operation: ChangeOperation; payload: unknown };

// The settlement a change proposes, rebuilt from its citation rank updates for its author
// to revise; null unless every item is one, all on the same claim. A value or reason the
// items do not carry (its citations already ranked so) is left for the author to choose.
export function settlementFrom(items: ProposedContent[]): SettlementInput | null {
  const citations: CitationInput[] = [];
  for (const item of items) {
    const citation = item.recordType === "CITATION" && item.operation === "UPDATE" ? citationSchema.safeParse(item.payload) : null;
    if (!citation?.success) return null;
    citations.push(citation.data);
  }
  const [first] = citations;
  if (!first || citations.some((c) => c.recordType !== first.recordType || c.recordId !== first.recordId || c.field !== first.field))
    return null;
  const preferred = citations.find((c) => c.rank === "PREFERRED");
  const deprecated = citations.find((c) => c.rank === "DEPRECATED");
  return {
    recordType: first.recordType,
    recordId: first.recordId,
    field: first.field,
    preferredValue: preferred?.assertedValue ?? "",
    reason: deprecated?.rankReason ?? "",
  };
}
