import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth";
import { EventForm } from "@/components/event-form";
import { FormDraft } from "@/components/form-draft";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage() {
  await requirePermission("change:propose");
  return (
    <>
      <h1>New event</h1>
      <p className="muted">Your proposal goes to a reviewer; it becomes public once approved.</p>
      <FormDraft formKey="/admin/events/new">
        <EventForm />
      </FormDraft>
    </>
  );
}
