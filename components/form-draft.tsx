import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth";
import { loadFormDraft } from "@/lib/form-draft";
import { FormDraftProvider } from "@/components/form-draft-provider";

// Keeps what the user types into the form inside as their draft of `formKey`, the form's
// address, and brings it back when they return. Loaded here, with the page, so the form
// starts with it (no second request from the browser).
export async function FormDraft({ formKey, children }: { formKey: string; children: ReactNode }) {
  const user = await requireUser();
  const kept = await loadFormDraft(user, formKey);
  return (
    <FormDraftProvider formKey={formKey} kept={kept}>
      {children}
    </FormDraftProvider>
  );
}
