import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { recordPageTitle } from "@/lib/page-title";
import { getTieForEditing } from "@/lib/tie-event";
import { tiePath, tieTitle } from "@/lib/tie-path";
import { TieHistoryList } from "@/components/tie-history-list";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordPageTitle("change:propose", "Tie", async () => {
    const tie = await getTieForEditing(id);
    return tie && `Tie: ${tieTitle(tie.placeA.name, tie.placeB.name)}`;
  });
}

// A tie's events, for editing: its kind, status and "since" follow from them.
export default async function TiePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("change:propose");
  const { id } = await params;
  const tie = await getTieForEditing(id);
  if (!tie) notFound();
  return (
    <>
      <h1>
        {tie.placeA.name} – {tie.placeB.name}
      </h1>
      <p className="muted">
        The tie&apos;s kind and status follow from its events: edit, add or remove an event to change them.{" "}
        <Link href={tiePath(tie.placeA.slug, tie.placeB.slug)}>Public page</Link>
      </p>
      <TieHistoryList tieId={tie.id} events={tie.events} />
      <p>
        <Link href={`/admin/ties/${tie.id}/events/new`}>Add an event</Link>
      </p>
    </>
  );
}
