import { z } from "zod";
import { AgreementKind, SignatoryRole, TieEventType, TieKind } from "@/lib/generated/prisma/enums";
import { optionalPartialDate } from "@/lib/partial-date";
import { plainText } from "@/lib/text-rules";
import { claimCitationSchema, uncited } from "@/lib/claim-citation-schema";
import { AGREEMENT_KIND_LABELS } from "@/lib/agreement-kinds";
import { TIE_EVENT_LABELS, TIE_KIND_LABELS } from "@/lib/tie-timeline";

// The public page calls an agreement of no listed kind just "Agreement"; the form and the
// review diff offer it as a choice.
export const AGREEMENT_KIND_CHOICES: Record<AgreementKind, string> = { ...AGREEMENT_KIND_LABELS, OTHER: "Other" };

const MAX_PARTIES = 20;

// How a person's part in the signing reads in a list: "Xu Kunlin, Governor of Jiangsu (signed)".
export const SIGNATORY_ROLE_LABELS: Record<SignatoryRole, string> = { SIGNATORY: "signed", WITNESS: "witnessed" };

// Who signed or witnessed, and the title they did so in as the source gave it. `positionId`
// is the Position record the seed links; the form keeps it until the person is changed.
export const signatorySchema = z.object({
  personId: z.string().min(1, "Choose the person who signed, or remove this row"),
  positionId: z.string().min(1).nullable(),
  title: plainText().max(200, "At most 200 characters"),
  role: z.enum(SignatoryRole, "Choose whether they signed or witnessed"),
});

export type SignatoryInput = z.infer<typeof signatorySchema>;

// The agreement's content: what a proposal carries, a revision keeps and the review diff
// compares. Parties are ids of places or organisations, and cooperation fields plain words,
// so the diff names them; each list is stored as rows (lib/agreement-record.ts).
export const agreementSchema = z.object({
  kind: z.enum(AgreementKind, "Choose what kind of agreement this is"),
  title: plainText().max(300, "At most 300 characters"),
  signedOn: optionalPartialDate(),
  venue: plainText().max(200, "At most 200 characters"),
  venuePlaceId: z.string().min(1).nullable(),
  // The visit or event it was signed at.
  delegationId: z.string().min(1).nullable(),
  eventId: z.string().min(1).nullable(),
  parties: z
    .array(z.string().max(40))
    .max(MAX_PARTIES, `At most ${MAX_PARTIES} parties`)
    .superRefine((parties, ctx) => {
      parties.forEach((party, i) => {
        if (!party) ctx.addIssue({ code: "custom", path: [i], message: "Choose the place or organisation, or remove this row" });
        else if (parties.indexOf(party) !== i) ctx.addIssue({ code: "custom", path: [i], message: "This party is listed already" });
      });
      if (parties.length < 2) ctx.addIssue({ code: "custom", message: "An agreement has at least two parties" });
    }),
  signatories: z.array(signatorySchema).max(30, "At most 30 signatories"),
  fields: z.array(plainText().min(1).max(100, "At most 100 characters a field")).max(30, "At most 30 fields"),
  summary: plainText({ multiline: true }).max(2000, "At most 2,000 characters"),
});

export type AgreementInput = z.infer<typeof agreementSchema>;

// The claims cited before approval (lib/citation-policy.ts), here so that the form marks them
// too: what was signed, when, and by whom (issue 8), the facts a mistranslation most often bends.
export const agreementKeyClaims = (content: Pick<AgreementInput, "signedOn">): (keyof AgreementInput)[] => [
  "kind",
  ...(content.signedOn ? (["signedOn"] as const) : []),
  "parties",
];

// A stored proposal's content. Those saved before witnesses were recorded carry no role:
// everyone in them signed.
export const storedAgreementSchema = z.preprocess((payload) => {
  if (typeof payload !== "object" || payload === null || !("signatories" in payload) || !Array.isArray(payload.signatories)) return payload;
  const signatories = payload.signatories.map((s: unknown) => (typeof s === "object" && s !== null ? { role: "SIGNATORY", ...s } : s));
  return { ...payload, signatories };
}, agreementSchema);

export const AGREEMENT_FIELD_LABELS: Record<keyof AgreementInput, string> = {
  kind: "Kind of agreement",
  title: "Title as the source gives it",
  signedOn: "Date signed",
  venue: "Venue",
  venuePlaceId: "Venue place",
  delegationId: "Signed during the visit",
  eventId: "Signed at the event",
  parties: "Parties",
  signatories: "Signatories and witnesses",
  fields: "Fields of cooperation",
  summary: "Summary",
};

// The key claims the form cites, each by the passage selected in its source.
export const AGREEMENT_CLAIMS = ["kind", "signedOn", "parties"] as const satisfies (keyof AgreementInput)[];

// "This agreement establishes or changes the tie between the two places": the tie event
// proposed with it, dated as the agreement, with the passage for the tie's kind.
export const agreementTieEventSchema = z.object({
  type: z.enum(TieEventType, "Choose what happened to the tie"),
  kind: z.enum(TieKind).nullable(),
  term: plainText().max(120, "At most 120 characters"),
});

export type AgreementTieEvent = z.infer<typeof agreementTieEventSchema>;

export const agreementCitationsSchema = z.object({
  kind: claimCitationSchema,
  signedOn: claimCitationSchema,
  parties: claimCitationSchema,
  tieKind: claimCitationSchema,
});

export type AgreementCitations = z.infer<typeof agreementCitationsSchema>;

// The entry form: the content, the passages for its key claims, and the tie event if any.
export const agreementFormSchema = agreementSchema.extend({
  citations: agreementCitationsSchema,
  tieEvent: agreementTieEventSchema.nullable(),
});

export type AgreementFormValues = z.infer<typeof agreementFormSchema>;

export const uncitedAgreement = (): AgreementCitations => ({
  kind: uncited(),
  signedOn: uncited(),
  parties: uncited(),
  tieKind: uncited(),
});

export const emptyTieEvent = (): AgreementTieEvent => ({ type: "UPGRADE", kind: null, term: "" });

export const emptyAgreement = (): AgreementFormValues => ({
  kind: "SISTERHOOD_AGREEMENT",
  title: "",
  signedOn: "",
  venue: "",
  venuePlaceId: null,
  delegationId: null,
  eventId: null,
  parties: ["", ""],
  signatories: [],
  fields: [],
  summary: "",
  citations: uncitedAgreement(),
  tieEvent: null,
});

export { TIE_EVENT_LABELS, TIE_KIND_LABELS };
