"use client";

import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { tieEventProposalSchema, uncitedEvent, type TieEventProposal } from "@/lib/tie-event-schema";
import { TieEventCitations, TieEventFields } from "@/components/tie-event-fields";
import { proposeTieEventAction } from "@/app/admin/ties/actions";
import type { PickedRecord } from "@/components/record-picker";
import { FormError } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { useWarnOnLeave } from "@/components/use-warn-on-leave";
import { useFormDraft } from "@/components/use-form-draft";
import type { TieEventTarget } from "@/lib/tie-event";

const newEvent = (tieId: string): TieEventProposal => ({
  event: { tieId, type: "ESTABLISHED", kind: null, term: "", occurredOn: "", note: "" },
  citations: uncitedEvent(),
});

// What the source pickers show for the passages a proposal already cites.
export type TieEventSources = { kind?: PickedRecord | null; occurredOn?: PickedRecord | null };

type Props = {
  tieId: string;
  // An edit of a published event (at the tie's version opened), and/or a revision of the
  // author's own change.
  target?: TieEventTarget;
  defaultValues?: TieEventProposal;
  sources?: TieEventSources;
};

// One event of a tie's history, new or edited, with the passages that state its kind and
// date (selected in the source's text, as on the new-tie form).
export function TieEventForm({ tieId, target = {}, defaultValues = newEvent(tieId), sources = {} }: Props) {
  const form = useForm<TieEventProposal>({ resolver: zodResolver(tieEventProposalSchema), defaultValues });
  const draft = useFormDraft(form);
  const { handleSubmit, setError, formState } = form;
  const { errors, isSubmitting, isDirty, isSubmitSuccessful } = formState;
  useWarnOnLeave(isDirty && !isSubmitSuccessful);

  async function onSubmit(values: TieEventProposal) {
    showActionErrors(await draft.afterSave(proposeTieEventAction(values, target)), setError);
  }

  return (
    <FormProvider {...form}>
      <form
        className="stack card"
        onSubmit={handleSubmit(onSubmit)}
        noValidate
        aria-label={target.eventId ? "Edit tie event" : "New tie event"}
      >
        <FormError message={errors.root?.message} />
        <TieEventFields kindLabel="Kind of tie from then on" noKindLabel="— unchanged —" defaults={defaultValues.event} />
        <TieEventCitations kindSource={sources.kind} dateSource={sources.occurredOn} />
        <div>
          <button type="submit" disabled={isSubmitting}>
            Submit for review
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
