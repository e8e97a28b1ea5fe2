import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth";
import { OrganisationForm } from "@/components/organisation-form";
import { FormDraft } from "@/components/form-draft";

export const metadata: Metadata = { title: "New organisation" };

export default async function NewOrganisationPage() {
  await requirePermission("change:propose");
  return (
    <>
      <h1>New organisation</h1>
      <p className="muted">Your proposal goes to a reviewer; it becomes public once approved.</p>
      <FormDraft formKey="/admin/organisations/new">
        <OrganisationForm />
      </FormDraft>
    </>
  );
}
