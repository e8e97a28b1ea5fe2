import type { Footnotes } from "@/lib/footnotes";
import { formatAsOf, formatFigure } from "@/lib/figure-schema";
import type { ShownFigure } from "@/lib/figure-profile";
import { CitationMarks } from "@/components/citation-marks";

// The figures of a profile (a place's, an organisation's, a tie's, an event's, a
// delegation's): "Korean enterprises in Suzhou: more than 6,500 [3], as of June 2024". A
// plain function, not a component: it numbers footnotes in the order the page calls it.
export function renderFigureList(figures: ShownFigure[], notes: Footnotes, heading = "Figures") {
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="figures">
      <h2 id="figures">{heading}</h2>
      <ul className="plain-list">
        {figures.map((figure) => (
          <li key={figure.id}>
            {figure.label}: <strong>{formatFigure(figure)}</strong>
            <CitationMarks claim={notes.claim("FIGURE", figure.id, "value")} />
            {figure.asOf && <span className="muted">, {formatAsOf(figure.asOf)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
