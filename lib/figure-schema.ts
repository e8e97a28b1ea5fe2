import { z } from "zod";
import { FigureQualifier } from "@/lib/generated/prisma/enums";
import { formatPartialDate, optionalPartialDate } from "@/lib/partial-date";
import { plainText } from "@/lib/text-rules";
import { claimCitationSchema, uncited } from "@/lib/claim-citation-schema";
import { removalSchema } from "@/lib/removal-schema";

// How sure the source is of its count: "about 200", "more than 6,500".
export const FIGURE_QUALIFIER_LABELS: Record<FigureQualifier, string> = {
  EXACTLY: "exactly",
  ABOUT: "about",
  MORE_THAN: "more than",
  AT_LEAST: "at least",
};

// What a figure can be about, each the id field that names it.
export const FIGURE_SUBJECTS = ["placeId", "organisationId", "tieId", "eventId", "delegationId"] as const;
export type FigureSubject = (typeof FIGURE_SUBJECTS)[number];

export const FIGURE_SUBJECT_LABELS: Record<FigureSubject, string> = {
  placeId: "Place",
  organisationId: "Organisation",
  tieId: "Tie",
  eventId: "Event",
  delegationId: "Delegation",
};

const subjectId = z.string().min(1).max(40).nullable();

// The figure's content: what a proposal carries, a revision keeps and the review diff
// compares. It belongs to exactly one place, organisation, tie, event or delegation.
const figureFields = z.object({
  label: plainText().min(2, "Say what is counted, e.g. Korean enterprises in Suzhou").max(200, "At most 200 characters"),
  value: z.number("Enter the number the source gives, in digits").finite("Enter the number the source gives, in digits"),
  qualifier: z.enum(FigureQualifier, "Choose how exact the source is"),
  unit: plainText().max(60, "At most 60 characters"),
  asOf: optionalPartialDate(),
  placeId: subjectId,
  organisationId: subjectId,
  tieId: subjectId,
  eventId: subjectId,
  delegationId: subjectId,
});

function checkOneSubject(figure: Pick<z.infer<typeof figureFields>, FigureSubject>, ctx: z.RefinementCtx) {
  const given = FIGURE_SUBJECTS.filter((field) => figure[field]);
  if (given.length === 0) ctx.addIssue({ code: "custom", path: ["subject"], message: "Choose what the figure is about" });
  if (given.length > 1) ctx.addIssue({ code: "custom", path: ["subject"], message: "A figure is about one record only" });
}

export const figureSchema = figureFields.superRefine(checkOneSubject);

export type FigureInput = z.infer<typeof figureSchema>;

// The claims cited before approval (lib/citation-policy.ts), here so that the form marks them
// too: counts change with time and translations garble them, so each value carries its passage.
export const figureKeyClaims = (): (keyof FigureInput)[] => ["value"];

export const FIGURE_FIELD_LABELS: Record<keyof FigureInput, string> = {
  label: "What is counted",
  value: "Value",
  qualifier: "How exact",
  unit: "Unit",
  asOf: "As of",
  placeId: "About the place",
  organisationId: "About the organisation",
  tieId: "About the tie",
  eventId: "About the event",
  delegationId: "About the delegation",
};

// The key claim: the value, cited by the passage that gives it.
export const figureFormSchema = figureFields.extend({ citations: z.object({ value: claimCitationSchema }) }).superRefine(checkOneSubject);

export type FigureFormValues = z.infer<typeof figureFormSchema>;
export type FigureCitations = FigureFormValues["citations"];

export const uncitedFigure = (): FigureCitations => ({ value: uncited() });

export const emptyFigure = (subject: Partial<Record<FigureSubject, string>> = {}): FigureFormValues => ({
  label: "",
  value: Number.NaN,
  qualifier: "EXACTLY",
  unit: "",
  asOf: "",
  placeId: null,
  organisationId: null,
  tieId: null,
  eventId: null,
  delegationId: null,
  ...subject,
  citations: uncitedFigure(),
});

export const subjectOf = (figure: Pick<FigureInput, FigureSubject>): FigureSubject | null =>
  FIGURE_SUBJECTS.find((field) => figure[field]) ?? null;

// The number as a reader says it, for the asserted value of its citation and for pages.
export const formatFigureValue = (value: number) => value.toLocaleString("en");

// "about 200 pairs", "more than 6,500", "33 pairs": the qualifier is said unless exact.
export function formatFigure({ value, qualifier, unit }: Pick<FigureInput, "value" | "qualifier"> & { unit: string | null }) {
  const words = [qualifier === "EXACTLY" ? "" : FIGURE_QUALIFIER_LABELS[qualifier], formatFigureValue(value), unit ?? ""];
  return words.filter(Boolean).join(" ");
}

// "as of June 2024", or nothing.
export const formatAsOf = (asOf: string | null) => (asOf ? `as of ${formatPartialDate(asOf)}` : "");

export const figureRemovalSchema = removalSchema("figure");
export const FIGURE_REMOVAL_HINT = "A duplicate, a figure the source does not give, …";
