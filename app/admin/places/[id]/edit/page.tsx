import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { recordPageTitle } from "@/lib/page-title";
import { getPlaceForEditing } from "@/lib/place";
import { getPickedRecord } from "@/lib/record-picker-search";
import { PlaceForm } from "@/components/place-form";
import { RemovalForm } from "@/components/removal-form";
import { PLACE_REMOVAL_HINT } from "@/lib/removal-schema";
import { proposeRemoval } from "@/app/admin/places/actions";
import { MergeForm } from "@/components/merge-form";
import { CitationForm } from "@/components/citation-form";
import { CitationList } from "@/components/citation-list";
import { listCitationsFor } from "@/lib/citation";
import { listTiesOfPlace } from "@/lib/tie-event";
import Link from "next/link";
import { PLACE_CLAIM_LABELS } from "@/lib/place-schema";
import { listFiguresAbout } from "@/lib/figure";
import { FigureAdminList } from "@/components/figure-admin-list";
import { FormDraft } from "@/components/form-draft";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordPageTitle("change:propose", "Edit place", async () => {
    const place = await getPlaceForEditing(id);
    return place && `Edit place: ${place.title}`;
  });
}

export default async function EditPlacePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("change:propose");
  const { id } = await params;
  const [place, citations, ties, figures] = await Promise.all([
    getPlaceForEditing(id),
    listCitationsFor("PLACE", id),
    listTiesOfPlace(id),
    listFiguresAbout("placeId", id),
  ]);
  if (!place) notFound();
  const parent = await getPickedRecord("PLACE", place.content.parentId);
  return (
    <>
      <h1>Edit {place.title}</h1>
      <p className="muted">Your edit is proposed against version {place.version}; it goes public once a reviewer approves it.</p>
      <FormDraft formKey={`/admin/places/${id}/edit`}>
        <PlaceForm parent={parent} defaultValues={place.content} target={{ placeId: id, baseVersion: place.version }} />
      </FormDraft>
      <h2>Ties</h2>
      <p>
        <Link href={`/admin/ties/new?place=${id}`}>New tie with {place.title}</Link>
      </p>
      {ties.length === 0 ? (
        <p className="muted">No ties recorded.</p>
      ) : (
        <ul>
          {ties.map((tie) => (
            <li key={tie.id}>
              <Link href={`/admin/ties/${tie.id}`} aria-label={`Events of the tie with ${tie.partner}`}>
                {tie.partner}
              </Link>{" "}
              ·{" "}
              <Link href={`/admin/ties/${tie.id}/events/new`} aria-label={`Add an event to the tie with ${tie.partner}`}>
                Add an event
              </Link>
            </li>
          ))}
        </ul>
      )}
      <FigureAdminList figures={figures} subject="placeId" id={id} />
      <h2>Citations</h2>
      <CitationList citations={citations} labels={PLACE_CLAIM_LABELS} />
      <h3>Cite a passage</h3>
      <FormDraft formKey={`/admin/places/${id}/edit/citation`}>
        <CitationForm
          recordType="PLACE"
          recordId={id}
          claims={Object.entries(PLACE_CLAIM_LABELS).map(([field, label]) => ({ field, label }))}
        />
      </FormDraft>
      <h2>Merge a duplicate</h2>
      <MergeForm kind="PLACE" recordId={id} name={place.title} />
      <h2>Remove</h2>
      <RemovalForm noun="place" recordId={id} title={place.title} hint={PLACE_REMOVAL_HINT} propose={proposeRemoval} />
    </>
  );
}
