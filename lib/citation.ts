import "server-only";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { withValueNames } from "@/lib/claim-value-names";
import { saveProposal } from "@/lib/change-request";
import { anchorQuote, type QuoteAnchor } from "@/lib/quote-anchor";
import { recordTitle } from "@/lib/claim-pages";
import type { ActionResult } from "@/lib/action-result";
import type { Actor } from "@/lib/permissions";
import { NOT_IN_SOURCE, type CitationInput } from "@/lib/citation-schema";

// A citation is proposed like any change. The passage must occur in the source's stored
// text (after NFKC and white-space folding); the server keeps its own anchor of it.
// With `changeId` the author's own citation change is revised.
export async function proposeCitation(actor: Actor, input: CitationInput, changeId?: string): Promise<ActionResult<{ id: string }>> {
  const [source, title] = await Promise.all([
    prisma.source.findFirst({ where: { id: input.sourceId, retiredAt: null }, select: { title: true, snapshot: true } }),
    recordTitle(prisma, input.recordType, input.recordId),
  ]);
  if (!title) return { ok: false, formError: "The record this citation supports is no longer published." };
  if (!source) return { ok: false, fieldErrors: { sourceId: "Choose a published source" } };
  const anchor = anchorQuote(source.snapshot, input.quote, {
    prefix: input.prefix,
    suffix: input.suffix,
    start: input.startOffset ?? undefined,
  });
  if (!anchor) return { ok: false, fieldErrors: { quote: NOT_IN_SOURCE } };
  const payload = anchoredCitation(input, anchor);
  return saveProposal(
    actor,
    {
      title: `Cite “${source.title}” for ${title} (${input.field})`,
      submit: true,
      items: [{ recordType: "CITATION", operation: "CREATE", ref: "citation", payload }],
    },
    changeId,
  );
}

// A new citation as the server stores it: the quote and its context as they stand in the
// source, and no rank until a dispute is settled.
export function anchoredCitation(input: CitationInput, anchor: QuoteAnchor): CitationInput {
  return {
    ...input,
    quote: anchor.exact,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
    startOffset: anchor.start,
    rank: "NORMAL",
    rankReason: "",
  };
}

// The published citations of one record, for its edit screen.
export async function listCitationsFor(recordType: RecordType, recordId: string) {
  const citations = await prisma.citation.findMany({
    where: { recordType, recordId, retiredAt: null },
    orderBy: [{ field: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      recordType: true,
      field: true,
      quote: true,
      assertedValue: true,
      notation: true,
      inferredReason: true,
      rank: true,
      startOffset: true,
      source: { select: { id: true, title: true, lang: true } },
    },
  });
  return withValueNames(prisma, citations);
}
