import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { recordPageTitle } from "@/lib/page-title";
import { getTieEventForEditing } from "@/lib/tie-event";
import { uncitedEvent } from "@/lib/tie-event-schema";
import { TIE_EVENT_REMOVAL_HINT } from "@/lib/removal-schema";
import { proposeTieEventRemovalAction } from "@/app/admin/ties/actions";
import { TieEventForm } from "@/components/tie-event-form";
import { RemovalForm } from "@/components/removal-form";
import { FormDraft } from "@/components/form-draft";
import { tieTitle } from "@/lib/tie-path";

type Params = { params: Promise<{ id: string; eventId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { eventId } = await params;
  return recordPageTitle("change:propose", "Edit tie event", async () => {
    const found = await getTieEventForEditing(eventId);
    return found && `Edit tie event: ${tieTitle(found.tie.placeA.name, found.tie.placeB.name)}, ${found.event.title}`;
  });
}

export default async function EditTieEventPage({ params }: Params) {
  await requirePermission("change:propose");
  const { id, eventId } = await params;
  const found = await getTieEventForEditing(eventId);
  if (!found || found.tie.id !== id) notFound();
  const { event, tie } = found;
  return (
    <>
      <h1>
        {tie.placeA.name} – {tie.placeB.name}: {event.title}
      </h1>
      <p className="muted">
        Your edit is proposed against version {event.version} of the tie; it goes public once a reviewer approves it.{" "}
        <Link href={`/admin/ties/${tie.id}`}>All events of this tie</Link>
      </p>
      <FormDraft formKey={`/admin/ties/${id}/events/${eventId}/edit`}>
        <TieEventForm
          tieId={tie.id}
          target={{ eventId, baseVersion: event.version }}
          defaultValues={{ event: event.content, citations: uncitedEvent() }}
        />
      </FormDraft>
      <h2>Remove</h2>
      <RemovalForm
        noun="event"
        recordId={eventId}
        title={event.title}
        hint={TIE_EVENT_REMOVAL_HINT}
        propose={proposeTieEventRemovalAction}
      />
    </>
  );
}
