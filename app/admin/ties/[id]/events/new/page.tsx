import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { recordPageTitle } from "@/lib/page-title";
import { getTieForEditing } from "@/lib/tie-event";
import { TieEventForm } from "@/components/tie-event-form";
import { TieHistoryList } from "@/components/tie-history-list";
import { FormDraft } from "@/components/form-draft";
import { tieTitle } from "@/lib/tie-path";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordPageTitle("change:propose", "New tie event", async () => {
    const tie = await getTieForEditing(id);
    return tie && `New event: ${tieTitle(tie.placeA.name, tie.placeB.name)}`;
  });
}

export default async function NewTieEventPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("change:propose");
  const { id } = await params;
  const tie = await getTieForEditing(id);
  if (!tie) notFound();
  return (
    <>
      <h1>
        {tie.placeA.name} – {tie.placeB.name}: new event
      </h1>
      <p className="muted">Its kind and date are key claims: cite the passages that state them, or the reviewer cannot approve it.</p>
      <TieHistoryList tieId={tie.id} events={tie.events} />
      <FormDraft formKey={`/admin/ties/${id}/events/new`}>
        <TieEventForm tieId={tie.id} />
      </FormDraft>
    </>
  );
}
