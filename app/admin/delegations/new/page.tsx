import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth";
import { DelegationForm } from "@/components/delegation-form";
import { FormDraft } from "@/components/form-draft";

export const metadata: Metadata = { title: "New delegation" };

export default async function NewDelegationPage() {
  await requirePermission("change:propose");
  return (
    <>
      <h1>New delegation</h1>
      <p className="muted">Your proposal goes to a reviewer; it becomes public once approved.</p>
      <FormDraft formKey="/admin/delegations/new">
        <DelegationForm />
      </FormDraft>
    </>
  );
}
