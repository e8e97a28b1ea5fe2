import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth";
import { AgreementForm } from "@/components/agreement-form";
import { FormDraft } from "@/components/form-draft";

export const metadata: Metadata = { title: "New agreement" };

export default async function NewAgreementPage() {
  await requirePermission("change:propose");
  return (
    <>
      <h1>New agreement</h1>
      <p className="muted">Your proposal goes to a reviewer; it becomes public once approved.</p>
      <FormDraft formKey="/admin/agreements/new">
        <AgreementForm />
      </FormDraft>
    </>
  );
}
