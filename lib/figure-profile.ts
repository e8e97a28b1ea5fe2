import type { FigureQualifier } from "@/lib/generated/prisma/enums";
import { FIGURE_QUALIFIER_LABELS } from "@/lib/figure-schema";
import type { CitationReader } from "@/lib/profile-json";

// The figures a profile shows about its record (a place, an organisation, a tie, an event, a
// delegation), newest count first: select them as `figures: shownFigures` and fetch the
// citations of the "FIGURE" records among the profile's own.
export const shownFigures = {
  where: { retiredAt: null } as const,
  orderBy: [{ asOf: { sort: "desc" as const, nulls: "last" as const } }, { id: "asc" as const }],
  select: { id: true, label: true, value: true, qualifier: true, unit: true, asOf: true } as const,
};

export type ShownFigure = {
  id: string;
  label: string;
  value: number;
  qualifier: FigureQualifier;
  unit: string | null;
  asOf: string | null;
};

// A figure as a profile's JSON export gives it: the number, how exact, and its passages.
export function figureJson(figure: ShownFigure, cited: CitationReader) {
  return {
    label: figure.label,
    value: figure.value,
    qualifier: FIGURE_QUALIFIER_LABELS[figure.qualifier],
    unit: figure.unit,
    asOf: figure.asOf,
    citations: cited.of("FIGURE", figure.id),
  };
}

// As schema.org says a count: a QuantitativeValue, with bounds for "more than" and "at least".
export function figureNode(figure: ShownFigure) {
  const exact = figure.qualifier === "EXACTLY" || figure.qualifier === "ABOUT";
  return {
    "@type": "PropertyValue",
    name: figure.label,
    ...(exact ? { value: figure.value } : { minValue: figure.value }),
    unitText: figure.unit ?? undefined,
    description: figure.qualifier === "EXACTLY" ? undefined : FIGURE_QUALIFIER_LABELS[figure.qualifier],
    validFrom: figure.asOf ?? undefined,
  };
}
