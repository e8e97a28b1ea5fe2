import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth";
import { SourceForm } from "@/components/source-form";
import { FormDraft } from "@/components/form-draft";

export const metadata: Metadata = { title: "Register a source" };

export default async function NewSourcePage() {
  await requirePermission("change:propose");
  return (
    <>
      <h1>Register a source</h1>
      <p className="muted">The article, page or interview facts come from. A reviewer checks it before it can be cited in public.</p>
      <FormDraft formKey="/admin/sources/new">
        <SourceForm />
      </FormDraft>
    </>
  );
}
