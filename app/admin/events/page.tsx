import type { Metadata } from "next";
import { EditorList, listQuery } from "@/components/editor-list";
import { listHref, PageLinks } from "@/components/page-links";
import { pageRequest } from "@/lib/keyset";
import { requirePermission } from "@/lib/auth";
import { listEventsForEditing } from "@/lib/event";
import { EVENT_KIND_CHOICES } from "@/lib/event-schema";
import { formatPartialDate } from "@/lib/partial-date";

export const metadata: Metadata = { title: "Events" };

type Props = { searchParams: Promise<{ q?: string | string[]; after?: string; before?: string }> };

export default async function AdminEventsPage({ searchParams }: Props) {
  await requirePermission("change:propose");
  const params = await searchParams;
  const query = listQuery(params.q);
  const { rows: events, previous, next } = await listEventsForEditing(query, pageRequest(params));
  return (
    <>
      <EditorList
        heading="Events"
        create={{ href: "/admin/events/new", label: "New event" }}
        search={{ action: "/admin/events", label: "Name or place", what: "an event" }}
        query={query}
        browsing="All events, A–Z"
        empty={{ found: "No event has such a name or place.", none: "No events recorded yet." }}
        columns={["Event", "Kind", "Date"]}
        rows={events.map((event) => ({
          id: event.id,
          name: event.name,
          publicPath: `/events/${event.slug}`,
          editPath: `/admin/events/${event.id}/edit`,
          cells: [EVENT_KIND_CHOICES[event.kind], formatPartialDate(event.startOn) || "—"],
        }))}
      />
      <PageLinks href={(cursor) => listHref("/admin/events", cursor)} previous={previous} next={next} />
    </>
  );
}
