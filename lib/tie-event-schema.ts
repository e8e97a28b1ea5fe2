import { z } from "zod";
import { removalSchema } from "@/lib/removal-schema";
import { TieEventType, TieKind } from "@/lib/enums";
import { optionalPartialDate } from "@/lib/partial-date";
import { plainText } from "@/lib/text-rules";
import { claimCitationSchema, uncited } from "@/lib/claim-citation-schema";
import { TIE_EVENT_LABELS, TIE_KIND_LABELS } from "@/lib/tie-timeline";

// One dated step in a tie's history.
export const tieEventSchema = z.object({
  tieId: z.string().min(1, "Choose the tie").max(100),
  type: z.enum(TieEventType, "Choose what happened"),
  kind: z.enum(TieKind).nullable(),
  term: plainText().max(120, "At most 120 characters"),
  occurredOn: optionalPartialDate(),
  note: plainText({ multiline: true }).max(1000, "At most 1,000 characters"),
  // The agreement behind the event, set by the agreement form (lib/agreement.ts); forms
  // that leave it out keep the one published.
  agreementId: z.string().min(1).nullable().optional(),
});

export type TieEventInput = z.infer<typeof tieEventSchema>;

// The claims cited before approval (lib/citation-policy.ts), here so that the forms mark them
// too: what a tie event says happened, and when.
export const tieEventKeyClaims = (content: Pick<TieEventInput, "kind" | "occurredOn">): (keyof TieEventInput)[] => [
  ...(content.kind ? (["kind"] as const) : []),
  ...(content.occurredOn ? (["occurredOn"] as const) : []),
];

export const TIE_EVENT_FIELD_LABELS: Record<keyof TieEventInput, string> = {
  tieId: "Tie",
  type: "Event",
  kind: "Kind of tie from then on",
  term: "Words the source used",
  occurredOn: "Date",
  note: "Note",
  agreementId: "Agreement",
};

export { TIE_EVENT_LABELS, TIE_KIND_LABELS };

// The passages for an event's key claims (its kind and date), given in the same form;
// left without a source, a claim stays uncited and the reviewer's approval will say so.
export const tieEventCitationsSchema = z.object({ kind: claimCitationSchema, occurredOn: claimCitationSchema });

export type TieEventCitations = z.infer<typeof tieEventCitationsSchema>;

export const TIE_EVENT_CLAIMS = ["kind", "occurredOn"] as const satisfies (keyof TieEventCitations & keyof TieEventInput)[];

export const uncitedEvent = (): TieEventCitations => ({ kind: uncited(), occurredOn: uncited() });

// A new event of a tie, or an edit of one, with the passages for its key claims.
export const tieEventProposalSchema = z.object({ event: tieEventSchema, citations: tieEventCitationsSchema });

export type TieEventProposal = z.infer<typeof tieEventProposalSchema>;

export const tieEventRemovalSchema = removalSchema("event");
