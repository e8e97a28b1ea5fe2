import "server-only";
import { prisma } from "@/lib/db";
import type { ChangeOperation, RecordType } from "@/lib/generated/prisma/enums";
import type { ProposedItem } from "@/lib/change-request";
import type { FieldErrors } from "@/lib/action-result";
import { anchorQuote } from "@/lib/quote-anchor";
import { citationSchema, NOT_IN_SOURCE } from "@/lib/citation-schema";
import type { ClaimCitation } from "@/lib/claim-citation-schema";

// One claim an entry form cites: which record (an id, or "ref:<item>" for one the same
// change creates), which field, the passage given, and the form path errors go to.
export type CitedClaim = { recordType: RecordType; recordId: string; field: string; citation: ClaimCitation; path: string };

// How the source writes a date and what was inferred, carried only when given, so that a
// claim with neither reads back as the form sent it.
function dateNotation({ notation, inferredReason }: { notation?: string; inferredReason?: string }) {
  return { ...(notation && { notation }), ...(inferredReason && { inferredReason }) };
}

// The citation items of a proposal, each passage anchored in its source's stored text; a
// passage the text does not hold is reported at its field, so nothing unanchored is stored.
export async function citationItems(claims: CitedClaim[]): Promise<{ items: ProposedItem[]; fieldErrors: FieldErrors }> {
  const cited = claims.filter((claim) => claim.citation.sourceId);
  const sources = await prisma.source.findMany({
    where: { id: { in: [...new Set(cited.map((claim) => claim.citation.sourceId))] }, retiredAt: null },
    select: { id: true, snapshot: true },
  });
  const items: ProposedItem[] = [];
  const fieldErrors: FieldErrors = {};
  for (const { recordType, recordId, field, citation, path } of cited) {
    const source = sources.find((s) => s.id === citation.sourceId);
    if (!source) {
      fieldErrors[`${path}.sourceId`] = "This source is not published; choose another.";
      continue;
    }
    const anchor = anchorQuote(source.snapshot, citation.quote, { start: citation.startOffset ?? undefined });
    if (!anchor) {
      fieldErrors[`${path}.quote`] = NOT_IN_SOURCE;
      continue;
    }
    const payload = {
      recordType,
      recordId,
      field,
      sourceId: source.id,
      quote: anchor.exact,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      startOffset: anchor.start,
      assertedValue: citation.assertedValue,
      ...dateNotation(citation),
      rank: "NORMAL" as const,
      rankReason: "",
    };
    items.push({ recordType: "CITATION", operation: "CREATE", payload });
  }
  return { items, fieldErrors };
}

type StoredItem = { recordType: RecordType; operation: ChangeOperation; payload: unknown };

// The passage a change proposes for one claim, read back for its author's revise form.
export function proposedCitation(items: StoredItem[], recordType: RecordType, recordId: string, field: string): ClaimCitation | null {
  for (const item of items) {
    if (item.recordType !== "CITATION" || item.operation !== "CREATE") continue;
    const parsed = citationSchema.safeParse(item.payload);
    if (!parsed.success) continue;
    const citation = parsed.data;
    if (citation.recordType === recordType && citation.recordId === recordId && citation.field === field) {
      return {
        sourceId: citation.sourceId,
        quote: citation.quote,
        startOffset: citation.startOffset,
        assertedValue: citation.assertedValue,
        ...dateNotation(citation),
      };
    }
  }
  return null;
}
