import Link from "next/link";
import type { EventKind } from "@/lib/generated/prisma/enums";
import type { Footnotes } from "@/lib/footnotes";
import { EVENT_KIND_LABELS } from "@/lib/event-kinds";
import { CitationMarks } from "@/components/citation-marks";
import { citedDates } from "@/components/period";

type Linked = { slug: string; name: string } | null;
type Event = { id: string; slug: string; name: string; kind: EventKind; startOn: string | null; endOn: string | null };
type ListedEvent = Event & { organiser?: Linked; place?: Linked };

// The events a profile lists (held in a place, organised by a body, attended by a visit),
// each linked, with its kind and dates cited. A plain function, not a component: it numbers
// footnotes in the order the page calls it.
export function renderEventList(events: ListedEvent[], notes: Footnotes, heading: string) {
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="events">
      <h2 id="events">{heading}</h2>
      <ul className="plain-list">
        {events.map((event) => (
          <li key={event.id}>
            <Link href={`/events/${event.slug}`}>
              <strong>{event.name}</strong>
            </Link>
            <CitationMarks claim={notes.claim("EVENT", event.id, "exists")} />
            <div className="muted">
              {EVENT_KIND_LABELS[event.kind]}
              {(event.startOn || event.endOn) && ", "}
              {citedDates(notes, "EVENT", event)}
              {event.place && (
                <>
                  {" "}
                  · in <Link href={`/places/${event.place.slug}`}>{event.place.name}</Link>
                </>
              )}
              {event.organiser && (
                <>
                  {" "}
                  · organised by <Link href={`/organisations/${event.organiser.slug}`}>{event.organiser.name}</Link>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
