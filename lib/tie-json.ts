import type { TieProfile } from "@/lib/tie-profile";
import { countryName } from "@/lib/countries";
import { formatPartialDate } from "@/lib/partial-date";
import { tiePath, tieTitle } from "@/lib/tie-path";
import { TIE_EVENT_LABELS, TIE_KIND_LABELS } from "@/lib/tie-timeline";
import { TIE_STATUS_LABELS } from "@/lib/tie-statuses";
import { linkJson, nonEmpty, present, readCitations, type ProfileDescription } from "@/lib/profile-json";
import { figureJson, figureNode } from "@/lib/figure-profile";

// schema.org has no type for a standing relationship between two places, nor a property
// for it (Wikidata's "twinned administrative body" has no schema.org counterpart), so a tie
// is a Thing named by its places and described in words; its export holds its structure.
export function describeTie({ tie, citations }: TieProfile): ProfileDescription {
  const cited = readCitations(citations);
  const path = tiePath(tie.placeA.slug, tie.placeB.slug);
  const name = tieTitle(tie.placeA.name, tie.placeB.name);
  const kind = tie.kind ? TIE_KIND_LABELS[tie.kind] : null;
  const status = TIE_STATUS_LABELS[tie.status];
  const place = (p: TieProfile["tie"]["placeA"]) => ({
    ...linkJson("place", p)!,
    country: { code: p.country, name: countryName(p.country) },
  });
  const data = {
    type: "tie",
    path,
    places: [place(tie.placeA), place(tie.placeB)],
    kind,
    status,
    establishedOn: tie.establishedOn,
    summary: tie.summary,
    events: tie.events.map((event) => ({
      type: TIE_EVENT_LABELS[event.type],
      kind: event.kind && TIE_KIND_LABELS[event.kind],
      term: event.term,
      occurredOn: cited.shown("TIE_EVENT", event.id, "occurredOn", event.occurredOn),
      agreement: linkJson("agreement", event.agreement),
      note: event.note,
      citations: cited.of("TIE_EVENT", event.id),
    })),
    figures: tie.figures.map((figure) => figureJson(figure, cited)),
    version: tie.version,
    citations: cited.of("TIE", tie.id),
  };
  const since = tie.establishedOn ? `, since ${formatPartialDate(tie.establishedOn)}` : "";
  const linkedData = {
    "@context": "https://schema.org" as const,
    "@type": "Thing",
    "@id": path,
    url: path,
    name,
    description:
      present(tie.summary) ?? `${kind ?? "Tie"} between ${tie.placeA.name} and ${tie.placeB.name}, ${status.toLowerCase()}${since}.`,
    additionalProperty: nonEmpty(tie.figures.map(figureNode)),
  };
  return { data, linkedData };
}
