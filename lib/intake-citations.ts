import type { ProposedItem } from "@/lib/change-request";
import type { FieldErrors } from "@/lib/action-result";
import type { RecordType } from "@/lib/generated/prisma/enums";
import type { Passage } from "@/lib/intake-schema";
import { anchorQuote } from "@/lib/quote-anchor";

// An intake's citations all cite one article, which may be registered by the same change
// ("ref:source"), so they are anchored in the text the editor submitted rather than looked
// up among published sources as lib/claim-citations.ts does; approval anchors them again.

export type ArticleClaim = {
  recordType: RecordType;
  recordId: string;
  field: string;
  passage: Passage;
  assertedValue?: string;
  notation?: string;
  inferredReason?: string;
  // The form field a passage the text does not hold is reported at.
  path: string;
};

export function articleCitationItems(sourceId: string, snapshot: string, claims: ArticleClaim[]) {
  const items: ProposedItem[] = [];
  const fieldErrors: FieldErrors = {};
  for (const claim of claims) {
    const anchor = anchorQuote(snapshot, claim.passage.quote, { start: claim.passage.start ?? undefined });
    if (!anchor) {
      fieldErrors[claim.path] = "This passage is not in the article's text; paste it exactly as written.";
      continue;
    }
    const payload = {
      recordType: claim.recordType,
      recordId: claim.recordId,
      field: claim.field,
      sourceId,
      quote: anchor.exact,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      startOffset: anchor.start,
      assertedValue: claim.assertedValue ?? "",
      ...(claim.notation && { notation: claim.notation }),
      ...(claim.inferredReason && { inferredReason: claim.inferredReason }),
      rank: "NORMAL" as const,
      rankReason: "",
    };
    items.push({ recordType: "CITATION", operation: "CREATE", payload });
  }
  return { items, fieldErrors };
}
