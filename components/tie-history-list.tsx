import Link from "next/link";
import { formatPartialDate } from "@/lib/partial-date";
import { TIE_EVENT_LABELS } from "@/lib/tie-timeline";
import type { TieEventType } from "@/lib/generated/prisma/enums";

type Props = { tieId: string; events: { id: string; type: TieEventType; occurredOn: string | null }[] };

// A tie's published events in date order, each leading to its edit page (edit, cite or remove).
export function TieHistoryList({ tieId, events }: Props) {
  if (events.length === 0) return <p className="muted">No events recorded.</p>;
  return (
    <ol className="timeline" aria-label="History so far">
      {events.map((event) => {
        const title = `${event.occurredOn ? formatPartialDate(event.occurredOn) : "Undated"}: ${TIE_EVENT_LABELS[event.type]}`;
        return (
          <li key={event.id}>
            {title} ·{" "}
            <Link href={`/admin/ties/${tieId}/events/${event.id}/edit`} aria-label={`Edit ${title}`}>
              Edit
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
