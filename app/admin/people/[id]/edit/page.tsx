import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { recordPageTitle } from "@/lib/page-title";
import { getPersonForm } from "@/lib/person";
import { pickedRecords } from "@/lib/picked-records";
import { PersonForm } from "@/components/person-form";
import { MergeForm } from "@/components/merge-form";
import { FormDraft } from "@/components/form-draft";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordPageTitle("change:propose", "Edit person", async () => {
    const opened = await getPersonForm(id);
    return opened && `Edit person: ${opened.form.name}`;
  });
}

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("change:propose");
  const { id } = await params;
  const opened = await getPersonForm(id);
  if (!opened) notFound();
  const { form, version } = opened;
  const picked = await pickedRecords({
    PLACE: form.positions.map((p) => p.placeId),
    ORGANISATION: form.positions.map((p) => p.organisationId),
  });
  return (
    <>
      <h1>Edit {form.name}</h1>
      <p className="muted">Your edit goes public once a reviewer approves it. Names keep their citations when you correct them.</p>
      <FormDraft formKey={`/admin/people/${id}/edit`}>
        <PersonForm defaultValues={form} target={{ personId: id, baseVersion: version }} picked={picked} />
      </FormDraft>
      <h2>Merge a duplicate</h2>
      <MergeForm kind="PERSON" recordId={id} name={form.name} />
    </>
  );
}
