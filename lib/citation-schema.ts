import { z } from "zod";
import { CitationRank, RecordType } from "@/lib/generated/prisma/enums";
import { PLACE_CLAIM_LABELS } from "@/lib/place-schema";
import { TIE_EVENT_FIELD_LABELS } from "@/lib/tie-event-schema";
import { POSITION_FIELD_LABELS } from "@/lib/position-schema";
import { plainText } from "@/lib/text-rules";
import { inferredReasonSchema, notationSchema } from "@/lib/claim-citation-schema";

// One citation: the claim (record + field, or "exists" for the record itself), the source,
// and the passage as the editor selected or pasted it. The server re-anchors the passage
// in the source's text and stores the exact quote, its context and its offsets. The quote
// is the source's own text and must match it verbatim, so only what the editor writes
// (the value, the reason) is held to plain text.
export const citationSchema = z.object({
  recordType: z.enum(RecordType),
  recordId: z.string().min(1, "Choose what the citation supports").max(100),
  // A field name of the record's kind, or "exists".
  field: z
    .string()
    .trim()
    .min(1, "Choose the claim this passage supports")
    .max(60)
    .regex(/^[a-z][A-Za-z]*$/, "Choose the claim this passage supports"),
  sourceId: z.string().min(1, "Choose a source").max(100),
  quote: z
    .string()
    .trim()
    .min(3, "Select or paste the passage that supports the claim")
    .max(1000, "Quote at most 1,000 characters: the passage, not the article"),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
  startOffset: z.number().int().nonnegative().nullable(),
  assertedValue: plainText().max(200, "At most 200 characters"),
  // Optional: citations proposed before sources' notations were kept have neither.
  notation: notationSchema.optional(),
  inferredReason: inferredReasonSchema.optional(),
  // Set only when a dispute is settled (lib/dispute.ts); new citations are NORMAL.
  rank: z.enum(CitationRank),
  rankReason: plainText({ multiline: true }).max(500, "At most 500 characters"),
});

export type CitationInput = z.infer<typeof citationSchema>;

export const CITATION_FIELD_LABELS: Record<keyof CitationInput, string> = {
  recordType: "Record type",
  recordId: "Record",
  field: "Claim",
  sourceId: "Source",
  quote: "Quote",
  prefix: "Text before",
  suffix: "Text after",
  startOffset: "Position",
  assertedValue: "Value the source states",
  notation: "How the source writes it",
  inferredReason: "Inferred part and why",
  rank: "Rank",
  rankReason: "Reason for the rank",
};

export const EXISTS_CLAIM = "exists";

export const CITATION_RANK_LABELS: Record<CitationRank, string> = {
  PREFERRED: "Preferred",
  NORMAL: "Normal",
  DEPRECATED: "Not preferred",
};

// How a citation's claim reads in a diff: the field's label in the kind it belongs to.
export const CLAIM_FIELD_LABELS: Record<string, string> = {
  ...PLACE_CLAIM_LABELS,
  ...TIE_EVENT_FIELD_LABELS,
  ...POSITION_FIELD_LABELS,
  [EXISTS_CLAIM]: "That it exists",
};

// A reviewer may ask for a passage of the article the stored text leaves out (an excerpt):
// the way to it is a correction of the source, which the message names.
export const NOT_IN_SOURCE =
  "This passage is not in the source's text. Select it in the text shown, or paste it exactly as written there. " +
  "If the source holds only part of the article, correct the source to hold the rest first.";
