import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth";
import { PersonForm } from "@/components/person-form";
import { FormDraft } from "@/components/form-draft";

export const metadata: Metadata = { title: "New person" };

export default async function NewPersonPage() {
  await requirePermission("change:propose");
  return (
    <>
      <h1>New person</h1>
      <p className="muted">Your proposal goes to a reviewer; it becomes public once approved.</p>
      <FormDraft formKey="/admin/people/new">
        <PersonForm />
      </FormDraft>
    </>
  );
}
