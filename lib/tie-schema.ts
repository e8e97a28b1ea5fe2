import { z } from "zod";
import { plainText } from "@/lib/text-rules";
import { tieEventCitationsSchema, tieEventSchema, uncitedEvent, type TieEventInput } from "@/lib/tie-event-schema";

// A standing tie between two places. Its kind, status and "since" are derived from its
// events (lib/tie-timeline.ts), never typed.
export const tieSchema = z
  .object({
    placeAId: z.string().min(1, "Choose the first place").max(40),
    placeBId: z.string().min(1, "Choose the partner place").max(40),
    summary: plainText({ multiline: true }).max(2000, "At most 2,000 characters"),
  })
  .refine((tie) => tie.placeAId !== tie.placeBId, { path: ["placeBId"], message: "A tie joins two different places" });

export type TieInput = z.infer<typeof tieSchema>;

export const TIE_FIELD_LABELS: Record<keyof TieInput, string> = {
  placeAId: "Place",
  placeBId: "Partner place",
  summary: "Summary",
};

// The new-tie form: the tie, its first event, and the passages for the event's key claims.
export const tieProposalSchema = z.object({
  tie: tieSchema,
  event: tieEventSchema.omit({ tieId: true }),
  citations: tieEventCitationsSchema,
});

export type TieProposal = z.infer<typeof tieProposalSchema>;

export const emptyTieProposal = (placeAId = ""): TieProposal => ({
  tie: { placeAId, placeBId: "", summary: "" },
  event: { type: "ESTABLISHED", kind: null, term: "", occurredOn: "", note: "" } satisfies Omit<TieEventInput, "tieId">,
  citations: uncitedEvent(),
});
