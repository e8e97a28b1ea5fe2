import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { recordPageTitle } from "@/lib/page-title";
import { getEventForEditing, getEventPicks } from "@/lib/event";
import { listFiguresAbout } from "@/lib/figure";
import { listCitationsFor } from "@/lib/citation";
import { EVENT_FIELD_LABELS, EVENT_REMOVAL_HINT, uncitedEventClaims, type EventFormValues } from "@/lib/event-schema";
import { proposeEventRemovalAction } from "@/app/admin/events/actions";
import { EventForm } from "@/components/event-form";
import { CitationList } from "@/components/citation-list";
import { FigureAdminList } from "@/components/figure-admin-list";
import { RemovalForm } from "@/components/removal-form";
import { FormDraft } from "@/components/form-draft";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordPageTitle("change:propose", "Edit event", async () => {
    const event = await getEventForEditing(id);
    return event && `Edit event: ${event.title}`;
  });
}

const CLAIM_LABELS = { exists: "That the event took place", ...EVENT_FIELD_LABELS };

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("change:propose");
  const { id } = await params;
  const [event, citations, figures] = await Promise.all([
    getEventForEditing(id),
    listCitationsFor("EVENT", id),
    listFiguresAbout("eventId", id),
  ]);
  if (!event) notFound();
  const values: EventFormValues = { ...event.content, citations: uncitedEventClaims() };
  return (
    <>
      <h1>Edit {event.title}</h1>
      <p className="muted">
        Your edit is proposed against version {event.version}; it goes public once a reviewer approves it.
        {event.publicPath && (
          <>
            {" "}
            <Link href={event.publicPath}>Public page</Link>
          </>
        )}
      </p>
      <FormDraft formKey={`/admin/events/${id}/edit`}>
        <EventForm defaultValues={values} target={{ eventId: id, baseVersion: event.version }} picked={await getEventPicks(values)} />
      </FormDraft>
      <h2>Citations</h2>
      <CitationList citations={citations} labels={CLAIM_LABELS} />
      <FigureAdminList figures={figures} subject="eventId" id={id} />
      <h2>Remove</h2>
      <RemovalForm noun="event" recordId={id} title={event.title} hint={EVENT_REMOVAL_HINT} propose={proposeEventRemovalAction} />
    </>
  );
}
