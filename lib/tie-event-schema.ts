import { z } from "zod";
import { TieEventType, TieKind } from "@/lib/enums";
import { isPartialDate } from "@/lib/partial-date";
import { plainText } from "@/lib/text-rules";
import { TIE_EVENT_LABELS, TIE_KIND_LABELS } from "@/lib/tie-timeline";

// One dated step in a tie's history.
export const tieEventSchema = z.object({
  tieId: z.string().min(1, "Choose the tie"),
  type: z.enum(TieEventType, "Choose what happened"),
  kind: z.enum(TieKind).nullable(),
  term: plainText().max(120, "At most 120 characters"),
  occurredOn: z
    .string()
    .trim()
    .refine((v) => v === "" || isPartialDate(v), "Use YYYY, YYYY-MM or YYYY-MM-DD"),
  note: plainText({ multiline: true }).max(1000, "At most 1,000 characters"),
});

export type TieEventInput = z.infer<typeof tieEventSchema>;

export const TIE_EVENT_FIELD_LABELS: Record<keyof TieEventInput, string> = {
  tieId: "Tie",
  type: "Event",
  kind: "Kind of tie from then on",
  term: "Words the source used",
  occurredOn: "Date",
  note: "Note",
};

export { TIE_EVENT_LABELS, TIE_KIND_LABELS };

// The passage that supports one key claim of the event; left empty, the claim stays
// uncited and the reviewer's approval will say so.
export const eventCitationSchema = z.object({
  field: z.enum(["kind", "occurredOn"]),
  sourceId: z.string(),
  quote: z.string().trim().max(1000, "Quote at most 1,000 characters: the passage, not the article"),
  assertedValue: plainText().max(200, "At most 200 characters"),
});

export const tieEventProposalSchema = z.object({
  event: tieEventSchema,
  citations: z.array(
    eventCitationSchema.superRefine((c, ctx) => {
      if (c.sourceId && c.quote.length < 3)
        ctx.addIssue({ code: "custom", path: ["quote"], message: "Paste the passage that supports this claim" });
    }),
  ),
});

export type TieEventProposal = z.infer<typeof tieEventProposalSchema>;
