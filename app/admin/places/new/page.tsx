import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth";
import { PlaceForm } from "@/components/place-form";
import { FormDraft } from "@/components/form-draft";

export const metadata: Metadata = { title: "New place" };

export default async function NewPlacePage() {
  await requirePermission("change:propose");
  return (
    <>
      <h1>New place</h1>
      <p className="muted">Your proposal goes to a reviewer; it becomes public once approved.</p>
      <FormDraft formKey="/admin/places/new">
        <PlaceForm />
      </FormDraft>
    </>
  );
}
