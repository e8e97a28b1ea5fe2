import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { getTieForEditing } from "@/lib/tie-event";
import { TieEventForm } from "@/components/tie-event-form";
import { TieHistoryList } from "@/components/tie-history-list";

export const metadata: Metadata = { title: "New tie event" };

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
      <TieEventForm tieId={tie.id} />
    </>
  );
}
