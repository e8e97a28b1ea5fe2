import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { getChangeDetail } from "@/lib/change-detail";
import { listPlaceOptions } from "@/lib/place";
import type { PlaceInput } from "@/lib/place-schema";
import { PlaceForm } from "@/components/place-form";
import { ChangeItemView } from "@/components/change-item-view";

export const metadata: Metadata = { title: "Revise a change" };

export default async function ReviseChangePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const detail = await getChangeDetail(user, (await params).id);
  if (!detail || !detail.canEdit) notFound();
  const item = detail.items.find((i) => i.status !== "APPROVED" && i.recordType === "PLACE");
  if (!item) notFound();
  const parents = await listPlaceOptions();
  return (
    <>
      <h1>Revise: {detail.change.title}</h1>
      {item.staleSince && <ChangeItemView item={item} />}
      <p className="muted">Saving prepares your proposal against the version published now.</p>
      <PlaceForm parents={parents} defaultValues={item.proposed as PlaceInput}
        target={{ changeId: detail.change.id, placeId: item.recordId ?? undefined }} />
    </>
  );
}
