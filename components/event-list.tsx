import { Fragment } from "react";
import Link from "next/link";
import type { EventKind } from "@/lib/generated/prisma/enums";
import type { Footnotes } from "@/lib/footnotes";
import { EVENT_KIND_LABELS } from "@/lib/event-kinds";
import { CitationMarks } from "@/components/citation-marks";
import { citedDates } from "@/components/period";

type Linked = { id: string; slug: string; name: string };
type Event = { id: string; slug: string; name: string; kind: EventKind; startOn: string | null; endOn: string | null };
type ListedEvent = Event & { organisers?: Linked[]; places?: Linked[] };

// The events a profile lists (held in a place, organised by a body, attended by a visit),
// each linked, with its kind and dates cited. A plain function, not a component: it numbers
// footnotes in the order the page calls it.
function renderLinks(records: Linked[], path: "places" | "organisations") {
  return records.map((record, i) => (
    <Fragment key={record.id}>
      {i > 0 && ", "}
      <Link href={`/${path}/${record.slug}`}>{record.name}</Link>
    </Fragment>
  ));
}

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
              {event.places?.length ? <> · in {renderLinks(event.places, "places")}</> : null}
              {event.organisers?.length ? <> · organised by {renderLinks(event.organisers, "organisations")}</> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
