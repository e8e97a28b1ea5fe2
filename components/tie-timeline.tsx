import Link from "next/link";
import type { AgreementKind, TieEventType, TieKind } from "@/lib/enums";
import { agreementTitle } from "@/lib/agreement-kinds";
import type { Claim, Footnotes } from "@/lib/footnotes";
import { formatPartialDate } from "@/lib/partial-date";
import { TIE_EVENT_LABELS, TIE_KIND_LABELS } from "@/lib/tie-timeline";
import { CitationMarks } from "@/components/citation-marks";

type TieEvent = {
  id: string;
  type: TieEventType;
  kind: TieKind | null;
  term: string | null;
  occurredOn: string | null;
  note: string | null;
  agreement: { slug: string; title: string; kind: AgreementKind; signedOn: string | null } | null;
};

type CitedTieEvent = TieEvent & { date: Claim; exists: Claim; kindClaim: Claim };

// Cites each event in the order the timeline shows its facts. Call while building the
// page, so footnotes keep its order.
export function citeTieEvents(events: TieEvent[], notes: Footnotes): CitedTieEvent[] {
  return events.map((event) => ({
    ...event,
    date: notes.claim("TIE_EVENT", event.id, "occurredOn"),
    exists: notes.claim("TIE_EVENT", event.id, "exists"),
    kindClaim: notes.claim("TIE_EVENT", event.id, "kind"),
  }));
}

// A tie's dated history. A date a reviewer settled on is shown in place of the stored one.
// Nothing for a tie without dated events: a place with fifty ties would send fifty empty lists.
export function TieTimeline({ events, label }: { events: CitedTieEvent[]; label: string }) {
  if (events.length === 0) return null;
  return (
    <ol className="timeline" aria-label={label}>
      {events.map((event) => {
        const occurredOn = event.date.preferred ?? event.occurredOn;
        return (
          <li key={event.id}>
            {occurredOn ? formatPartialDate(occurredOn) : "Date not recorded"}
            <CitationMarks claim={event.date} />
            {": "}
            {TIE_EVENT_LABELS[event.type]}
            <CitationMarks claim={event.exists} />
            {event.kind && <> as {TIE_KIND_LABELS[event.kind].toLowerCase()}</>}
            {event.term && <> (“{event.term}”)</>}
            <CitationMarks claim={event.kindClaim} />
            {event.agreement && (
              <>
                {" "}
                — <Link href={`/agreements/${event.agreement.slug}`}>{agreementTitle(event.agreement)}</Link>
              </>
            )}
            {event.note && <span className="muted"> · {event.note}</span>}
          </li>
        );
      })}
    </ol>
  );
}
